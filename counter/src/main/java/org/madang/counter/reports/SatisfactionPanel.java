package org.madang.counter.reports;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.RatingCount;
import org.madang.core.survey.SatisfactionTally;
import org.madang.core.survey.Completion;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * "이용 만족도": how residents found the kiosk's services ("이용이 편하셨나요?" after each one),
 * counted per service, per accessibility mode and per language over today, this week or a month.
 */
public final class SatisfactionPanel extends JPanel implements SatisfactionView {
    private static final long serialVersionUID = 1L;

    private final transient Messages words;
    private final transient Formats formats;
    private final transient java.time.Clock clock;
    private final JComboBox<ReportRange> range = new JComboBox<>(ReportRange.values());
    private final JButton refresh;
    private final JLabel summary = new JLabel();
    private final JLabel updated = new JLabel();
    private final DefaultTableModel byService;
    private final DefaultTableModel byMode;
    private final DefaultTableModel byLanguage;

    public SatisfactionPanel(Messages words, java.time.Clock clock) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][grow 50, fill][][grow 25, fill][][grow 25, fill][]"));
        this.words = words;
        this.formats = new Formats(words);
        this.clock = clock;
        setName("reports.satisfaction");
        JLabel title = new JLabel(words.get("counter.satisfaction.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        range.setName("satisfaction.range");
        range.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof ReportRange r ? rangeName(r) : value, index, selected, focus);
            }
        });
        refresh = new JButton(words.get("counter.today.refresh"));
        refresh.setName("satisfaction.refresh");
        JPanel head = new JPanel(new MigLayout("insets 0, fillx", "[][grow][][]"));
        head.add(title);
        head.add(new JLabel());
        head.add(range);
        head.add(refresh);
        add(head);
        summary.setName("satisfaction.summary");
        add(summary);
        byService = counts(words.get("counter.satisfaction.column.service"));
        add(Tables.scroll(table("satisfaction.services", byService)));
        add(heading("counter.satisfaction.byMode"), "gaptop 8");
        byMode = counts(words.get("counter.satisfaction.column.mode"));
        add(Tables.scroll(table("satisfaction.modes", byMode)));
        add(heading("counter.satisfaction.byLanguage"), "gaptop 8");
        byLanguage = counts(words.get("counter.satisfaction.column.language"));
        add(Tables.scroll(table("satisfaction.languages", byLanguage)));
        updated.setName("satisfaction.updated");
        add(updated);
    }

    public void attach(SatisfactionPresenter presenter) {
        range.setSelectedItem(presenter.range());
        range.addActionListener(e -> presenter.choose((ReportRange) range.getSelectedItem()));
        refresh.addActionListener(e -> presenter.reload());
    }

    @Override
    public void showTally(SatisfactionTally tally) {
        fill(byService, tally.byService(), what -> serviceName(Completion.valueOf(what)));
        fill(byMode, tally.byMode(), this::modeName);
        fill(byLanguage, tally.byLanguage(), code -> Locale.forLanguageTag(code).getDisplayLanguage(words.locale()));
        int good = tally.byService().stream().mapToInt(RatingCount::good).sum();
        int total = tally.total();
        String span = tally.from().equals(tally.to()) ? formats.day(tally.from()) : formats.day(tally.from()) + " – " + formats.day(tally.to());
        summary.setText(total == 0 ? words.get("counter.satisfaction.none", span)
                : words.get("counter.satisfaction.summary", span, total, Math.round(100.0 * good / total)));
        updated.setText(words.get("counter.today.updated", formats.seconds(LocalDateTime.now(clock))));
    }

    @Override
    public void showFailure() {
        updated.setText(words.get("counter.failure"));
    }

    private DefaultTableModel counts(String first) {
        return Tables.readOnly(first, words.get("kiosk.survey.good"), words.get("kiosk.survey.okay"), words.get("kiosk.survey.poor"),
                words.get("counter.satisfaction.column.total"), words.get("counter.satisfaction.column.goodShare"));
    }

    private static JTable table(String name, DefaultTableModel model) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setFillsViewportHeight(true);
        t.setAutoCreateRowSorter(true);
        return t;
    }

    private JLabel heading(String key) {
        JLabel l = new JLabel(words.get(key));
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        return l;
    }

    private static void fill(DefaultTableModel model, List<RatingCount> counts, Function<String, String> name) {
        model.setRowCount(0);
        for (RatingCount c : counts) {
            model.addRow(new Object[] {name.apply(c.what()), c.good(), c.okay(), c.poor(), c.total(), c.goodPercent() + " %"});
        }
    }

    private String rangeName(ReportRange r) {
        return words.get(switch (r) {
            case TODAY -> "counter.satisfaction.range.today";
            case THIS_WEEK -> "counter.satisfaction.range.week";
            case THIS_MONTH -> "counter.satisfaction.range.month";
            case LAST_MONTH -> "counter.satisfaction.range.lastMonth";
        });
    }

    private String serviceName(Completion s) {
        return words.get(switch (s) {
            case BOOKING -> "counter.satisfaction.service.booking";
            case BOOKING_CANCEL -> "counter.satisfaction.service.cancel";
            case COURSE -> "counter.satisfaction.service.course";
            case DOCUMENT -> "counter.satisfaction.service.document";
            case QUEUE_TICKET -> "counter.satisfaction.service.ticket";
            case CHECK_IN -> "counter.satisfaction.service.checkin";
            case WELFARE -> "counter.satisfaction.service.welfare";
        });
    }

    private String modeName(String what) {
        if (SatisfactionTally.NO_MODE.equals(what)) {
            return words.get("counter.satisfaction.mode.none");
        }
        return words.get(switch (AccessMode.valueOf(what)) {
            case VOICE -> "counter.satisfaction.mode.voice";
            case ZOOM -> "counter.satisfaction.mode.zoom";
            case LOW_POSITION -> "counter.satisfaction.mode.low";
            case HIGH_CONTRAST -> "counter.satisfaction.mode.contrast";
        });
    }
}
