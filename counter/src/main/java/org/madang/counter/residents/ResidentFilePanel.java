package org.madang.counter.residents;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.Payment;
import org.madang.core.residentfile.ResidentFile;
import org.madang.core.resident.ResidentMessage;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * One resident's file (the resident view): a summary — identity with the registration number
 * masked (the full one only for a stated reason), household, contact and consent, penalties and
 * any ban, fees due — and a tab for each of bookings, courses, documents, queue visits, messages
 * and payments.
 */
final class ResidentFilePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final JLabel name = new JLabel();
    private final JLabel rrn = new JLabel();
    private final JTextField reason = new JTextField(18);
    private final org.madang.ui.widget.WrappingText details = new org.madang.ui.widget.WrappingText("resident.details", "body");
    private final org.madang.ui.widget.WrappingText standing = new org.madang.ui.widget.WrappingText("resident.standing", "body");
    private final JTabbedPane tabs = new JTabbedPane();
    private final EntryTableModel bookings;
    private final EntryTableModel courses;
    private final EntryTableModel documents;
    private final EntryTableModel visits;
    private final DefaultTableModel messages;
    private final DefaultTableModel money;
    private long shownId = -1;
    private final JButton show;
    private final JButton issue;
    private final JPanel summary;

    /**
     * @param reveal shows the whole registration number for the reason typed
     * @param act    opens booking and enrolling for this resident
     */
    /** Offers "issue a document" (on a site that issues documents), which runs {@code open}. */
    void allowIssuing(Runnable open) {
        issue.setVisible(true);
        issue.addActionListener(e -> open.run());
    }

    /** The welfare lines (officer, case summary, a phone request) under the summary. */
    void addCare(javax.swing.JComponent care) {
        summary.add(care, "span 2, growx, wmin 0, gaptop 12");
    }

    /** Only a supervisor sees the full registration number (the service says no to others as well). */
    void allowReveal(boolean allowed) {
        show.setEnabled(allowed);
        reason.setEnabled(allowed);
        String why = allowed ? null : words.get("clerk.refused.reveal_rrn");
        show.setToolTipText(why);
        reason.setToolTipText(why);
    }

    ResidentFilePanel(Messages words, Consumer<String> reveal, Runnable act) {
        super(new MigLayout("fill, wrap 1, insets 0", "[grow, fill]", "[][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("resident.file");
        name.setName("resident.name");
        name.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        rrn.setName("resident.rrn");
        reason.setName("resident.revealReason");
        reason.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.residents.revealReason"));
        show = new JButton(words.get("counter.residents.reveal"));
        show.setName("resident.reveal");
        show.addActionListener(e -> reveal.accept(reason.getText()));
        reason.addActionListener(e -> show.doClick());
        // as wide as the window gives: the words wrap rather than run off to the right
        summary = new org.madang.ui.widget.ViewportPanel(new MigLayout("wrap 2, insets 12, gap 8 6",
                "[grow 50, fill, 0:pref][grow 50, fill, 0:pref]"), 16);
        summary.setName("resident.summary");
        JButton behalf = new JButton(words.get("counter.behalf.act"));
        behalf.setName("resident.act");
        behalf.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskPrimary");
        behalf.addActionListener(e -> act.run());
        issue = new JButton(words.get("counter.issue.open"));
        issue.setName("resident.issue");
        issue.setVisible(false);
        summary.add(name, "span 2, split 3, wmin 0");
        summary.add(behalf, "gapleft push");
        summary.add(issue, "hidemode 3");
        summary.add(rrn, "span 2, split 3, wmin 0");
        summary.add(reason, "growx, wmin 80");
        summary.add(show);
        summary.add(details, "aligny top, wmin 0");
        summary.add(standing, "aligny top, wmin 0");

        bookings = new EntryTableModel(words);
        courses = new EntryTableModel(words);
        documents = new EntryTableModel(words);
        visits = new EntryTableModel(words);
        messages = table(words.get("counter.residents.column.when"), words.get("counter.residents.column.message"));
        money = table(words.get("counter.residents.column.when"), words.get("counter.payments.column.kind"),
                words.get("counter.payments.column.number"), words.get("counter.payments.column.what"), words.get("counter.column.fee"),
                words.get("counter.residents.column.state"));
        tabs.setName("resident.tabs");
        tabs.addTab(words.get("counter.residents.tab.summary"), new JScrollPane(summary, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER));
        tabs.addTab(words.get("counter.residents.tab.bookings"), scroll("resident.bookings", new JTable(bookings)));
        tabs.addTab(words.get("counter.residents.tab.courses"), scroll("resident.courses", new JTable(courses)));
        tabs.addTab(words.get("counter.residents.tab.documents"), scroll("resident.documents", new JTable(documents)));
        tabs.addTab(words.get("counter.residents.tab.visits"), scroll("resident.visits", new JTable(visits)));
        tabs.addTab(words.get("counter.residents.tab.messages"), scroll("resident.messages", new JTable(messages)));
        tabs.addTab(words.get("counter.residents.tab.money"), scroll("resident.money", new JTable(money)));
        add(tabs, "newline, grow");
    }

    private static DefaultTableModel table(Object... columns) {
        return new DefaultTableModel(columns, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private static JScrollPane scroll(String name, JTable table) {
        table.setName(name);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        JScrollPane pane = new JScrollPane(table);
        pane.setColumnHeaderView(table.getTableHeader());
        return pane;
    }

    void show(ResidentFile file) {
        var r = file.resident();
        if (r.id() != shownId) {
            // another resident: their summary first, not the tab the last one was left on
            shownId = r.id();
            tabs.setSelectedIndex(0);
        }
        name.setText(words.get("counter.residents.who", r.name(), formats.day(r.birthDate()),
                words.get("F".equals(r.sex()) ? "counter.residents.female" : "counter.residents.male")));
        rrn.setText(words.get("counter.residents.rrn", file.maskedRrn()));
        reason.setText("");
        String household = file.household().stream().map(m -> m.name() + " (" + words.get(org.madang.ui.HouseholdWords.relation(m.relation())) + ")")
                .collect(Collectors.joining(", "));
        details.say(words.get("counter.residents.address", r.address()) + "\n"
                + words.get("counter.residents.phone", file.phone() == null ? "—" : file.phone()) + "\n"
                + words.get(file.messageConsent() ? "counter.residents.consentYes" : "counter.residents.consentNo") + "\n"
                + words.get(r.countyResident() ? "counter.residents.county" : "counter.residents.notCounty") + "\n\n"
                + words.get("counter.residents.household", household.isEmpty() ? "—" : household));
        long activePenalties = file.penalties().stream().filter(p -> p.stateKey().equals("resident.penalty.active")).count();
        int dueTotal = file.due().stream().mapToInt(FeeItem::fee).sum();
        standing.say(words.get("counter.residents.penalties", activePenalties) + "\n"
                + (file.banUntil() == null ? words.get("counter.residents.noBan") : words.get("counter.residents.ban", file.banUntil()))
                + "\n\n" + words.get("counter.residents.due", file.due().size(), formats.number(dueTotal)));
        bookings.setRows(file.bookings());
        courses.setRows(file.courses());
        documents.setRows(file.documents());
        visits.setRows(file.visits());
        messages.setRowCount(0);
        for (ResidentMessage m : file.messages()) {
            messages.addRow(new Object[] {formats.stamp(m.createdAt()), words.get(m.messageKey(), m.args().toArray())});
        }
        money.setRowCount(0);
        for (FeeItem f : file.due()) {
            money.addRow(new Object[] {formats.stamp(f.when()), words.get(f.kind().messageKey()), f.reference(), f.what().in(words.language()),
                formats.number(f.fee()), words.get("counter.residents.unpaid")});
        }
        for (Payment p : file.payments()) {
            money.addRow(new Object[] {formats.stamp(p.paidAt()), words.get(p.kind().messageKey()), "", words.get(p.method().messageKey()),
                formats.number(p.amount()), p.refunded() > 0 ? words.get("counter.residents.refunded", formats.number(p.refunded()))
                    : words.get("counter.residents.paid", p.clerk())});
        }
    }

    void showRevealed(String full) {
        rrn.setText(words.get("counter.residents.rrn", full));
        reason.setText("");
    }
}
