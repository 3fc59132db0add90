package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.notice.NoticeDesk;
import org.madang.counter.shell.Tables;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * "알림": the centre's notices — when each shows, its likes, pinned or hidden — the most liked
 * ones named above, and a form to write or change one in Korean (and English).
 */
public final class NoticesPanel extends JPanel implements NoticesView {
    private static final long serialVersionUID = 1L;

    private final transient Messages words;
    private final transient java.time.Clock clock;
    private final JLabel hot = new JLabel(" ");
    private final DefaultTableModel model;
    private final JTable table;
    private final JTextField titleKo = new JTextField(20);
    private final JTextField titleEn = new JTextField(20);
    private final JTextArea bodyKo = new JTextArea(3, 20);
    private final JTextArea bodyEn = new JTextArea(3, 20);
    private final JTextField from = new JTextField(10);
    private final JTextField until = new JTextField(10);
    private final JButton write;
    private final JButton save;
    private final JButton pin;
    private final JButton hide;
    private final WrappingText answer = new WrappingText("notice.answer", "body");
    private transient List<NoticeDesk.Entry> shown = List.of();
    private transient Optional<Long> editing = Optional.empty();
    private transient NoticesPresenter presenter;

    /** @param clock the site's clock: what "today" is for a new notice and for the most liked now */
    public NoticesPanel(Messages words, java.time.Clock clock) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][grow, fill][][][]"));
        this.words = words;
        this.clock = clock;
        setName("settings.notices");
        JLabel title = new JLabel(words.get("counter.notice.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title);
        hot.setName("notice.hot");
        add(hot);
        model = Tables.readOnly(words.get("counter.notice.col.title"), words.get("counter.notice.col.when"), words.get("counter.notice.col.likes"),
                words.get("counter.notice.col.state"));
        table = new JTable(model);
        table.setName("notice.table");
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setPreferredWidth(420);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selected().ifPresent(this::edit);
            }
        });
        add(Tables.scroll(table), "hmin 120");
        for (var f : List.of(titleKo, titleEn, from, until)) {
            f.setName("notice." + (f == titleKo ? "titleKo" : f == titleEn ? "titleEn" : f == from ? "from" : "until"));
        }
        bodyKo.setName("notice.bodyKo");
        bodyEn.setName("notice.bodyEn");
        bodyKo.setLineWrap(true);
        bodyEn.setLineWrap(true);
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 4", "[][grow, fill, 0::][][grow, fill, 0::]"));
        form.add(new JLabel(words.get("counter.notice.titleKo")));
        form.add(titleKo);
        form.add(new JLabel(words.get("counter.notice.titleEn")));
        form.add(titleEn);
        form.add(new JLabel(words.get("counter.notice.bodyKo")));
        form.add(new JScrollPane(bodyKo), "hmin 60");
        form.add(new JLabel(words.get("counter.notice.bodyEn")));
        form.add(new JScrollPane(bodyEn), "hmin 60");
        form.add(new JLabel(words.get("counter.notice.from")));
        form.add(from);
        form.add(new JLabel(words.get("counter.notice.until")));
        form.add(until);
        add(form);
        write = button("notice.new", "counter.notice.new");
        save = button("notice.save", "counter.notice.save");
        pin = button("notice.pin", "counter.notice.pin");
        hide = button("notice.hide", "counter.notice.hide");
        JPanel acts = new JPanel(new MigLayout("insets 0", "[][][][]push"));
        acts.add(write);
        acts.add(save);
        acts.add(pin);
        acts.add(hide);
        add(acts);
        add(answer);
        write.addActionListener(e -> startNew());
        startNew();
    }

    private JButton button(String name, String key) {
        JButton b = new JButton(words.get(key));
        b.setName(name);
        return b;
    }

    public void attach(NoticesPresenter attached) {
        this.presenter = attached;
        save.addActionListener(e -> draft().ifPresent(attached::save));
        pin.addActionListener(e -> selected().ifPresent(n -> attached.pin(n.id(), !n.pinned())));
        hide.addActionListener(e -> selected().ifPresent(n -> attached.hide(n.id(), !n.hidden())));
    }

    @Override
    public void showNotices(List<NoticeDesk.Entry> notices) {
        Long was = editing.orElse(null);
        shown = List.copyOf(notices);
        model.setRowCount(0);
        for (NoticeDesk.Entry n : notices) {
            String state = n.hidden() ? words.get("counter.notice.hidden") : n.pinned() ? words.get("counter.notice.pinned") : "";
            model.addRow(new Object[] {n.title().in(words.language()), n.from() + " ~ " + n.until(), n.likes(), state});
        }
        for (int i = 0; i < notices.size(); i++) {
            if (was != null && notices.get(i).id() == was) {
                table.setRowSelectionInterval(i, i);
            }
        }
        LocalDate today = LocalDate.now(clock);
        String liked = notices.stream().filter(n -> n.likes() > 0 && !n.hidden() && !n.until().isBefore(today))
                .sorted(Comparator.comparingInt(NoticeDesk.Entry::likes).reversed()).limit(3)
                .map(n -> n.title().in(words.language()) + " (" + n.likes() + ")").collect(Collectors.joining(" · "));
        hot.setText(liked.isEmpty() ? words.get("counter.notice.noHot") : words.get("counter.notice.hot", liked));
        enableActs();
    }

    @Override
    public void showSaved() {
        answer.say(words.get("counter.notice.saved"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showInvalid(Map<String, Refusal> fields) {
        answer.say(words.get("counter.facility.notSaved") + " " + fields.entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "" : label(e.getKey()) + ": ") + words.get(e.getValue().messageKey(), e.getValue().args().toArray()))
                .collect(Collectors.joining(" · ")));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    @Override
    public void showFailure() {
        answer.say(words.get("counter.failure"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    private Optional<NoticeDesk.Entry> selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= shown.size() ? Optional.empty() : Optional.of(shown.get(row));
    }

    private void edit(NoticeDesk.Entry n) {
        editing = Optional.of(n.id());
        titleKo.setText(n.title().ko());
        titleEn.setText(n.title().en());
        bodyKo.setText(n.body().ko());
        bodyEn.setText(n.body().en());
        from.setText(n.from().toString());
        until.setText(n.until().toString());
        pin.setText(words.get(n.pinned() ? "counter.notice.unpin" : "counter.notice.pin"));
        hide.setText(words.get(n.hidden() ? "counter.notice.show" : "counter.notice.hide"));
        answer.say(" ");
        enableActs();
    }

    private void startNew() {
        table.clearSelection();
        editing = Optional.empty();
        titleKo.setText("");
        titleEn.setText("");
        bodyKo.setText("");
        bodyEn.setText("");
        LocalDate today = LocalDate.now(clock);
        from.setText(today.toString());
        until.setText(today.plusDays(14).toString());
        answer.say(words.get("counter.notice.newHint"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "body");
        enableActs();
    }

    private void enableActs() {
        pin.setEnabled(editing.isPresent());
        hide.setEnabled(editing.isPresent());
    }

    /** Types into the form (screenshots, tests). */
    public void type(String titleKorean, String bodyKorean, String first, String last) {
        titleKo.setText(titleKorean);
        bodyKo.setText(bodyKorean);
        from.setText(first);
        until.setText(last);
    }

    private Optional<NoticeDesk.Draft> draft() {
        try {
            return Optional.of(new NoticeDesk.Draft(editing, titleKo.getText(), titleEn.getText(), bodyKo.getText(), bodyEn.getText(),
                    LocalDate.parse(from.getText().strip()), LocalDate.parse(until.getText().strip())));
        } catch (DateTimeException e) {
            showInvalid(Map.of("from", Refusal.of("counter.closure.days")));
            return Optional.empty();
        }
    }

    private String label(String field) {
        return words.get(switch (field) {
            case "titleKo" -> "counter.notice.titleKo";
            case "titleEn" -> "counter.notice.titleEn";
            case "bodyKo" -> "counter.notice.bodyKo";
            case "bodyEn" -> "counter.notice.bodyEn";
            case "from" -> "counter.notice.from";
            default -> "counter.notice.until";
        });
    }
}
