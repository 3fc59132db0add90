package org.madang.counter.cases;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.care.CaseChange;
import org.madang.core.care.CaseFile;
import org.madang.core.care.CaseFilter;
import org.madang.core.care.CaseRead;
import org.madang.core.care.CaseRow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.OfficerLoad;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The Cases workspace (담당 주민): the residents on the left — an officer's own, or for the welfare
 * team and supervisors any officer's, the team's or everyone's — filtered as you type, sortable,
 * new requests first; the chosen resident's case on the right. A supervisor assigns the chosen
 * residents, or a whole area, to an officer below the list.
 */
public final class CasesPanel extends JPanel implements CasesView {
    private static final long serialVersionUID = 1L;

    /** One entry of a chooser: what it means and what it says. */
    record Choice(CaseFilter.Scope scope, String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages words;
    private final Formats formats;
    private final boolean all;
    private final boolean assigns;
    private final CaseRowModel model;
    private final JTable table;
    private final JComboBox<Choice> scope = new JComboBox<>();
    private final JTextField name = new JTextField(10);
    private final JCheckBox openOnly;
    private final JCheckBox overdueOnly;
    private final JLabel count = new JLabel(" ");
    private final JLabel load = new JLabel(" ");
    private final JProgressBar hours = new JProgressBar();
    private final JComboBox<Choice> assignTo = new JComboBox<>();
    private final JComboBox<Choice> areaTo = new JComboBox<>();
    private final JComboBox<String> area = new JComboBox<>();
    private final JComboBox<Choice> targetOf = new JComboBox<>();
    private final javax.swing.JSpinner target = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(16, 0, 200, 1));
    /** Each officer's target as last read, by login, for the spinner when an officer is chosen. */
    private final java.util.Map<String, Integer> targets = new java.util.HashMap<>();
    private final CaseFilePanel file;
    private transient CasesPresenter presenter;
    private boolean filling;

    /**
     * @param all     the clerk sees every case (the welfare team, supervisors): the list chooses whose
     * @param assigns the clerk assigns residents to officers (supervisors)
     * @param audits  the clerk may see who looked at a case (supervisors)
     */
    public CasesPanel(Messages words, boolean all, boolean assigns, boolean audits) {
        super(new MigLayout("fill, insets 12, gap 8", "[][grow, fill]", "[grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        this.all = all;
        this.assigns = assigns;
        setName("screen.cases");
        model = new CaseRowModel(words);
        table = new JTable(model);
        table.setName("cases.table");
        table.setFillsViewportHeight(true);
        table.setRowSorter(new TableRowSorter<>(model));
        table.setSelectionMode(assigns ? ListSelectionModel.MULTIPLE_INTERVAL_SELECTION : ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Integer.class, new CountRenderer());
        table.setDefaultRenderer(LocalDate.class, new DayRenderer());
        int[] widths = {72, 40, 64, 64, 72, 72, 56, 56, 56};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        if (!all) {
            // an officer's list is all their own: no officer column
            table.removeColumn(table.getColumnModel().getColumn(3));
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            int lead = table.getSelectionModel().getLeadSelectionIndex();
            if (!e.getValueIsAdjusting() && !filling && lead >= 0 && table.isRowSelected(lead)) {
                presenter.open(model.row(table.convertRowIndexToModel(lead)).residentId());
            }
        });
        file = new CaseFilePanel(words, audits);

        JLabel title = new JLabel(words.get(all ? "counter.cases.title.all" : "counter.cases.title.mine"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        scope.setName("cases.scope");
        scope.addActionListener(e -> changed());
        name.setName("cases.name");
        name.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.cases.name"));
        name.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                changed();
            }
        });
        openOnly = check("cases.openOnly", "counter.cases.openOnly");
        overdueOnly = check("cases.overdueOnly", "counter.cases.overdueOnly");
        count.setName("cases.count");
        load.setName("cases.load");
        hours.setName("cases.hours");
        hours.setStringPainted(false);

        JPanel filters = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3, wrap 2", "[grow, fill, 60::][grow, fill, 60::]"));
        scope.setVisible(all);
        if (all) {
            filters.add(scope, "wmin 60");
            filters.add(name, "wmin 60");
        } else {
            filters.add(name, "span 2, wmin 60");
        }
        filters.add(openOnly, "growx 0");
        filters.add(overdueOnly, "growx 0");

        JPanel left = new JPanel(new MigLayout("fill, insets 0, gap 6, wrap 1", "[grow, fill, 0::]", "[][][][grow, fill][][]"));
        JPanel head = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3", "[grow, fill, 0::][]"));
        head.add(load, "wmin 0");
        head.add(hours, "w 120!");
        left.add(title, "wmin 0");
        left.add(head, "wmin 0");
        left.add(filters, "wmin 0");
        left.add(Tables.scroll(table));
        left.add(count, "wmin 0");
        if (assigns) {
            left.add(assignBar(), "wmin 0");
        }
        // the list takes two fifths of the desk, the case the rest; neither asks for more than it is given
        left.setMinimumSize(new java.awt.Dimension(0, 0));
        file.setMinimumSize(new java.awt.Dimension(0, 0));
        add(left, "w 40%!, growy");
        add(file, "w 0:0:max, grow, push");
    }

    private JPanel assignBar() {
        assignTo.setName("cases.assignTo");
        areaTo.setName("cases.areaTo");
        area.setName("cases.area");
        JButton assign = new JButton(words.get("counter.cases.assign"));
        assign.setName("cases.assign");
        assign.addActionListener(e -> presenter.assign(selectedResidents(), officer(assignTo)));
        JButton assignArea = new JButton(words.get("counter.cases.assignArea"));
        assignArea.setName("cases.assignArea");
        assignArea.addActionListener(e -> {
            if (area.getSelectedItem() != null) {
                presenter.assignArea((String) area.getSelectedItem(), officer(areaTo));
            }
        });
        JPanel bar = new JPanel(new MigLayout("insets 0, gap 6, wrap 3", "[right][grow, fill, 40::][]"));
        bar.add(new JLabel(words.get("counter.cases.assign.chosen")));
        bar.add(assignTo, "wmin 40");
        bar.add(assign, "sg act");
        bar.add(new JLabel(words.get("counter.cases.assign.area")));
        bar.add(area, "split 2, w 30%, wmin 40");
        bar.add(areaTo, "wmin 40, growx");
        bar.add(assignArea, "sg act");
        targetOf.setName("cases.targetOf");
        targetOf.addActionListener(e -> {
            Choice c = (Choice) targetOf.getSelectedItem();
            if (c != null && targets.containsKey(c.value())) {
                target.setValue(targets.get(c.value()));
            }
        });
        target.setName("cases.target");
        JButton setTarget = new JButton(words.get("counter.cases.target.set"));
        setTarget.setName("cases.setTarget");
        setTarget.addActionListener(e -> {
            String officer = officer(targetOf);
            if (officer != null) {
                presenter.setTarget(officer, (Integer) target.getValue());
            }
        });
        bar.add(new JLabel(words.get("counter.cases.target")));
        bar.add(targetOf, "split 2, wmin 40, growx");
        bar.add(target, "w 64!");
        bar.add(setTarget, "sg act");
        return bar;
    }

    private static String officer(JComboBox<Choice> box) {
        Choice c = (Choice) box.getSelectedItem();
        return c == null || c.scope() == CaseFilter.Scope.TEAM ? null : c.value();
    }

    private JCheckBox check(String componentName, String key) {
        JCheckBox box = new JCheckBox(words.get(key));
        box.setName(componentName);
        box.addActionListener(e -> changed());
        return box;
    }

    public void attach(CasesPresenter casesPresenter) {
        this.presenter = casesPresenter;
        file.attach(casesPresenter);
        CaseFilter start = casesPresenter.filter();
        filling = true;
        fillScopes(List.of(), start);
        filling = false;
    }

    /** The residents chosen in the list (a supervisor may choose several). */
    List<Long> selectedResidents() {
        List<Long> ids = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            ids.add(model.row(table.convertRowIndexToModel(row)).residentId());
        }
        return ids;
    }

    private void changed() {
        if (filling || presenter == null) {
            return;
        }
        Choice c = (Choice) scope.getSelectedItem();
        CaseFilter.Scope chosen = c == null ? CaseFilter.Scope.MINE : c.scope();
        presenter.filter(new CaseFilter(chosen, c == null ? null : c.value(), name.getText(), openOnly.isSelected(), overdueOnly.isSelected()));
    }

    private void fillScopes(List<OfficerLoad> officers, CaseFilter current) {
        Choice keep = (Choice) scope.getSelectedItem();
        scope.removeAllItems();
        scope.addItem(new Choice(CaseFilter.Scope.MINE, null, words.get("counter.cases.scope.mine")));
        scope.addItem(new Choice(CaseFilter.Scope.TEAM, null, words.get("counter.cases.scope.team")));
        scope.addItem(new Choice(CaseFilter.Scope.ALL, null, words.get("counter.cases.scope.all")));
        for (OfficerLoad o : officers) {
            scope.addItem(new Choice(CaseFilter.Scope.OFFICER, o.officer().login(), words.get("counter.cases.scope.officer", o.officer().name(),
                    o.residents())));
        }
        Choice want = keep != null ? keep : new Choice(current.scope(), current.officer(), "");
        for (int i = 0; i < scope.getItemCount(); i++) {
            Choice c = scope.getItemAt(i);
            if (c.scope() == want.scope() && java.util.Objects.equals(c.value(), want.value())) {
                scope.setSelectedIndex(i);
            }
        }
    }

    @Override
    public void showChoices(List<OfficerLoad> officers, Map<String, Integer> areas, List<CatalogueEntry> needKinds,
                            List<CatalogueEntry> services) {
        filling = true;
        try {
            if (all) {
                fillScopes(officers, presenter.filter());
            }
            if (assigns) {
                for (JComboBox<Choice> box : List.of(assignTo, areaTo)) {
                    box.removeAllItems();
                    for (OfficerLoad o : officers) {
                        box.addItem(new Choice(CaseFilter.Scope.OFFICER, o.officer().login(), words.get("counter.cases.assign.to",
                                o.officer().name(), words.get(o.role().messageKey()), o.residents())));
                    }
                    box.addItem(new Choice(CaseFilter.Scope.TEAM, null, words.get("counter.cases.assign.team")));
                }
                area.removeAllItems();
                areas.forEach((a, n) -> area.addItem(a));
                Choice keepTarget = (Choice) targetOf.getSelectedItem();
                targets.clear();
                officers.forEach(o -> targets.put(o.officer().login(), o.targetHours()));
                targetOf.removeAllItems();
                for (OfficerLoad o : officers) {
                    Choice c = new Choice(CaseFilter.Scope.OFFICER, o.officer().login(), words.get("counter.cases.target.of", o.officer().name(),
                            o.visitMinutes() / 60.0, o.targetHours()));
                    targetOf.addItem(c);
                    if (keepTarget != null && c.value().equals(keepTarget.value())) {
                        targetOf.setSelectedItem(c);
                    }
                }
                Choice shownTarget = (Choice) targetOf.getSelectedItem();
                if (shownTarget != null) {
                    target.setValue(targets.get(shownTarget.value()));
                }
            }
        } finally {
            filling = false;
        }
        file.showChoices(needKinds, services);
    }

    @Override
    public void showLoad(Optional<OfficerLoad> mine) {
        load.setVisible(mine.isPresent());
        hours.setVisible(mine.isPresent());
        mine.ifPresent(l -> {
            load.setText(words.get("counter.cases.load", l.residents(), l.visitMinutes() / 60.0, l.targetHours()));
            hours.setMaximum(Math.max(1, l.targetHours() * 60));
            hours.setValue(Math.min(l.visitMinutes(), hours.getMaximum()));
        });
    }

    @Override
    public void showRows(List<CaseRow> rows, LocalDate today) {
        List<Long> keep = selectedResidents();
        filling = true;
        try {
            model.setRows(rows, today);
            for (int i = 0; i < rows.size(); i++) {
                if (keep.contains(rows.get(i).residentId())) {
                    int view = table.convertRowIndexToView(i);
                    table.getSelectionModel().addSelectionInterval(view, view);
                }
            }
        } finally {
            filling = false;
        }
        long fresh = rows.stream().filter(r -> r.fresh() > 0).count();
        long overdue = rows.stream().filter(r -> r.overdue() > 0).count();
        count.setText(words.get("counter.cases.count", rows.size(), fresh, overdue));
    }

    @Override
    public void showCase(CaseFile shown, java.time.LocalDateTime now) {
        file.showCase(shown, now);
    }

    @Override
    public void askReason(long residentId) {
        file.askReason(model.rows().stream().filter(r -> r.residentId() == residentId).map(CaseRow::name).findFirst().orElse(""));
    }

    @Override
    public void showInvalid(Map<String, Refusal> fields) {
        file.showInvalid(fields);
    }

    @Override
    public void showChanged(List<CaseChange> changes) {
        file.showChanged(changes);
    }

    @Override
    public void showSaved(String messageKey, Object... args) {
        file.showSaved(messageKey, args);
    }

    @Override
    public void showStale() {
        file.showStale();
    }

    @Override
    public void showReaders(List<CaseRead> reads) {
        file.showReaders(reads);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        file.showRefusal(refusal);
    }

    @Override
    public void showFailure() {
        file.showFailure();
    }

    @Override
    public void setBusy(boolean busy) {
        file.setBusy(busy);
    }

    /** Counts right-aligned; a resident with new requests in bold, an overdue follow-up in the error colour. */
    private final class CountRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            setHorizontalAlignment(RIGHT);
            int modelColumn = t.convertColumnIndexToModel(column);
            int n = value == null ? 0 : (Integer) value;
            boolean flag = n > 0 && (modelColumn == CaseRowModel.OVERDUE || modelColumn == CaseRowModel.FRESH);
            setText(n == 0 && modelColumn != 1 ? "" : String.valueOf(n));
            setFont(getFont().deriveFont(flag ? Font.BOLD : Font.PLAIN));
            if (!selected) {
                setForeground(flag && modelColumn == CaseRowModel.OVERDUE ? javax.swing.UIManager.getColor("Component.error.focusedBorderColor")
                        : t.getForeground());
            }
            return this;
        }
    }

    /** Days of this year as 11/21, others as 2025-11-21; none as blank. */
    private final class DayRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        protected void setValue(Object value) {
            setText(value instanceof LocalDate d ? formats.dayInList(d, model.today()) : "");
        }
    }
}
