package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.policy.PolicySettings;
import org.madang.counter.shell.Tables;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * "정책 수치": every figure of POLICIES.md the centre may change, with its default and range; the
 * administrator types new values in the table, sees what would change, and saves. A figure out
 * of range is named under the table and nothing is saved.
 */
public final class PolicyPanel extends JPanel implements PolicyView {
    private static final long serialVersionUID = 1L;
    private static final int VALUE = 1;

    private final transient Messages words;
    private final DefaultTableModel model;
    private final JTable table;
    private final WrappingText answer = new WrappingText("policy.answer", "body");
    private final JButton preview;
    private final JButton save;
    private final JButton undo;
    private transient List<PolicySettings.Setting> shown = List.of();

    public PolicyPanel(Messages words) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][grow, fill][][]"));
        this.words = words;
        setName("settings.policy");
        JLabel title = new JLabel(words.get("counter.policy.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title);
        model = new DefaultTableModel(new Object[] {words.get("counter.policy.col.figure"), words.get("counter.policy.col.value"),
            words.get("counter.policy.col.default"), words.get("counter.policy.col.range")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == VALUE;
            }
        };
        table = new JTable(model);
        table.setName("policy.table");
        table.setFillsViewportHeight(true);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getColumnModel().getColumn(0).setPreferredWidth(420);
        add(Tables.scroll(table));
        answer.setName("policy.answer");
        add(answer);
        preview = new JButton(words.get("counter.policy.preview"));
        preview.setName("policy.preview");
        save = new JButton(words.get("counter.policy.save"));
        save.setName("policy.save");
        undo = new JButton(words.get("counter.policy.undo"));
        undo.setName("policy.undo");
        JPanel acts = new JPanel(new MigLayout("insets 0", "[][][]push"));
        acts.add(preview);
        acts.add(save);
        acts.add(undo);
        add(acts);
    }

    public void attach(PolicyPresenter presenter) {
        preview.addActionListener(e -> presenter.preview(edits()));
        save.addActionListener(e -> presenter.save(edits()));
        undo.addActionListener(e -> presenter.reload());
    }

    /** Each figure whose typed value differs from the one in force. */
    Map<String, String> edits() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        Map<String, String> edits = new LinkedHashMap<>();
        for (int row = 0; row < shown.size(); row++) {
            String typed = String.valueOf(model.getValueAt(row, VALUE)).strip();
            if (!typed.equals(shown.get(row).value())) {
                edits.put(shown.get(row).name(), typed);
            }
        }
        return edits;
    }

    /** Types {@code value} for the figure {@code name} (tests, and the keyboard's Enter in the table). */
    public void type(String name, String value) {
        for (int row = 0; row < shown.size(); row++) {
            if (shown.get(row).name().equals(name)) {
                model.setValueAt(value, row, VALUE);
            }
        }
    }

    @Override
    public void showSettings(List<PolicySettings.Setting> settings) {
        shown = List.copyOf(settings);
        model.setRowCount(0);
        for (PolicySettings.Setting s : settings) {
            model.addRow(new Object[] {name(s.name()) + (s.changed() ? " *" : ""), s.value(), s.defaultValue(),
                s.isTime() ? "00:00–23:59" : s.min() + "–" + s.max()});
        }
    }

    @Override
    public void showPreview(PolicySettings.Preview p) {
        if (!p.valid()) {
            answer.say(words.get("counter.policy.refused") + " " + p.refused().entrySet().stream()
                    .map(e -> (e.getKey().isEmpty() ? "" : name(e.getKey()) + ": ") + said(e.getValue())).collect(Collectors.joining(" · ")));
            answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        } else if (p.changes().isEmpty()) {
            answer.say(words.get("counter.policy.noChange"));
            answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "body");
        } else {
            answer.say(words.get("counter.policy.wouldChange") + " " + changes(p));
            answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "body");
        }
    }

    @Override
    public void showSaved(PolicySettings.Preview saved) {
        answer.say(words.get("counter.policy.saved") + " " + changes(saved));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showFailure() {
        answer.say(words.get("counter.failure"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    private String changes(PolicySettings.Preview p) {
        return p.changes().stream().map(c -> name(c.name()) + " " + c.from() + " → " + c.to()).collect(Collectors.joining(" · "));
    }

    private String said(Refusal r) {
        return words.get(r.messageKey(), r.args().toArray());
    }

    private String name(String setting) {
        return words.get(switch (setting) {
            case "windowOpensMonthsBefore" -> "counter.policy.name.windowOpensMonthsBefore";
            case "windowOpensAt" -> "counter.policy.name.windowOpensAt";
            case "priorityDays" -> "counter.policy.name.priorityDays";
            case "closesDaysBefore" -> "counter.policy.name.closesDaysBefore";
            case "perFacilityPerDay" -> "counter.policy.name.perFacilityPerDay";
            case "perWeek" -> "counter.policy.name.perWeek";
            case "hoursPerDay" -> "counter.policy.name.hoursPerDay";
            case "residentDiscountPercent" -> "counter.policy.name.residentDiscountPercent";
            case "seniorAge" -> "counter.policy.name.seniorAge";
            case "unpaidDays" -> "counter.policy.name.unpaidDays";
            case "refundFullDays" -> "counter.policy.name.refundFullDays";
            case "refundHighDays" -> "counter.policy.name.refundHighDays";
            case "refundHighPercent" -> "counter.policy.name.refundHighPercent";
            case "refundLowDays" -> "counter.policy.name.refundLowDays";
            case "refundLowPercent" -> "counter.policy.name.refundLowPercent";
            case "checkInEarlyMinutes" -> "counter.policy.name.checkInEarlyMinutes";
            case "noShowAfterMinutes" -> "counter.policy.name.noShowAfterMinutes";
            case "penaltiesForBan" -> "counter.policy.name.penaltiesForBan";
            case "banDays" -> "counter.policy.name.banDays";
            case "penaltyMonths" -> "counter.policy.name.penaltyMonths";
            case "lotteryDrawDaysBefore" -> "counter.policy.name.lotteryDrawDaysBefore";
            case "lotteryEntryDays" -> "counter.policy.name.lotteryEntryDays";
            case "maxParty" -> "counter.policy.name.maxParty";
            case "courses.perTerm" -> "counter.policy.name.coursesPerTerm";
            case "courses.feeExemptPerTerm" -> "counter.policy.name.coursesFeeExemptPerTerm";
            case "courses.completionPercent" -> "counter.policy.name.coursesCompletionPercent";
            case "courses.minimumFillPercent" -> "counter.policy.name.coursesMinimumFillPercent";
            default -> "counter.policy.name.other";
        });
    }
}
