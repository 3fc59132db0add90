package org.madang.counter.cases;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.care.ApplicationStatus;
import org.madang.core.care.CaseChange;
import org.madang.core.care.CaseFile;
import org.madang.core.care.CaseRead;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.Channel;
import org.madang.core.care.ReferralAnswer;
import org.madang.counter.shell.ActLine;
import org.madang.counter.shell.Tables;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * One resident's case at the counter: who and how things stand at the top, then a tab for each
 * part — needs, consultations (with home visits), services applied for, referrals, follow-ups,
 * and for supervisors who looked at it — each with its list and the form that adds to it. A save
 * that does not go through keeps what was typed and marks the fields that will not do.
 */
final class CaseFilePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String EMPTY = "empty";
    private static final String REASON = "reason";
    private static final String CASE = "case";

    private final Messages words;
    private final Formats formats;
    private final boolean audits;
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final JLabel header = new JLabel(" ");
    private final JLabel standing = new JLabel(" ");
    private final ActLine message = new ActLine();
    private final JPanel stale = new JPanel(new MigLayout("insets 6, gap 8", "[grow][]"));
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel reasonAsk = new JLabel();
    private final JTextField reason = field("case.reasonField", 24);

    private final DefaultTableModel needModel;
    private final JTable needs;
    private final JComboBox<CatalogueEntry> needKind = new JComboBox<>();
    private final JTextField needNote = field("case.need.note", 20);
    private final JTextField needOutcome = field("case.need.outcome", 20);
    private final JButton closeNeed;

    private final DefaultTableModel talkModel;
    private final JTextField when = field("case.consult.when", 14);
    private final JComboBox<Channel> channel = new JComboBox<>(Channel.values());
    private final JTextField minutes = field("case.consult.minutes", 5);
    private final JTextArea asked = area("case.consult.asked");
    private final JTextArea done = area("case.consult.done");

    private final DefaultTableModel applicationModel;
    private final JTable applications;
    private final JComboBox<CatalogueEntry> service = new JComboBox<>();
    private final JTextField applyNote = field("case.apply.note", 20);
    private final JComboBox<ApplicationStatus> decision = new JComboBox<>(new ApplicationStatus[] {ApplicationStatus.GRANTED,
        ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN});
    private final JButton decide;

    private final DefaultTableModel referralModel;
    private final JTable referrals;
    private final JTextField agency = field("case.refer.agency", 20);
    private final JTextField referReason = field("case.refer.reason", 20);
    private final JComboBox<ReferralAnswer> answer = new JComboBox<>(ReferralAnswer.values());
    private final JTextField answerNote = field("case.answer.note", 20);
    private final JButton answerSave;

    private final DefaultTableModel followModel;
    private final JTable followUps;
    private final JTextField due = field("case.plan.due", 10);
    private final JCheckBox visit = new JCheckBox();
    private final JTextField what = field("case.plan.what", 20);
    private final JButton complete;

    private final DefaultTableModel readerModel;
    private final List<JButton> saves = new ArrayList<>();
    private transient List<CaseFile.Need> needRows = List.of();
    private transient List<CaseFile.Application> applicationRows = List.of();
    private transient List<CaseFile.Referral> referralRows = List.of();
    private transient List<CaseFile.FollowUp> followRows = List.of();
    /** The form whose save was pressed last: the fields a refusal names are its own. */
    private String form = "";
    private transient CasesPresenter presenter;

    CaseFilePanel(Messages words, boolean audits) {
        this.words = words;
        this.formats = new Formats(words);
        this.audits = audits;
        setLayout(new MigLayout("fill, insets 0 8 0 0, gap 4, wrap 1", "[grow, fill]", "[][grow, fill]"));
        setName("case.file");
        message.setName("case.message");
        add(message);
        add(deck);

        JLabel choose = new JLabel(words.get("counter.cases.choose"));
        choose.setName("case.choose");
        JPanel empty = new JPanel(new MigLayout("fill", "[center]", "[center]"));
        empty.add(choose);
        deck.add(empty, EMPTY);

        reasonAsk.setName("case.reasonAsk");
        JButton openWithReason = button("case.reasonOpen", "counter.cases.reason.open", () -> presenter.giveReason(reason.getText()));
        reason.addActionListener(e -> presenter.giveReason(reason.getText()));
        JPanel asking = new JPanel(new MigLayout("wrap 1, insets 24, gap 10", "[grow, fill]"));
        JLabel reasonNote = new JLabel(words.get("counter.cases.reason.note"));
        asking.add(reasonAsk);
        asking.add(reasonNote);
        asking.add(reason, "split 2, growx");
        asking.add(openWithReason);
        deck.add(asking, REASON);

        header.setName("case.header");
        header.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        standing.setName("case.standing");
        stale.setName("case.stale");
        stale.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskCard");
        stale.add(new JLabel(words.get("counter.cases.stale")));
        stale.add(button("case.readAgain", "counter.cases.readAgain", () -> presenter.readAgain()));
        stale.setVisible(false);
        tabs.setName("case.tabs");
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);

        needModel = Tables.readOnly(words.get("counter.cases.need.raised"), words.get("counter.cases.need.kind"),
                words.get("counter.cases.need.source"), words.get("counter.cases.need.when"), words.get("counter.cases.need.state"));
        needs = table("case.needs", needModel);
        needKind.setName("case.need.kind");
        needKind.setRenderer(shown(v -> ((CatalogueEntry) v).name().in(words.language())));
        closeNeed = button("case.need.close", "counter.cases.need.close", () -> selected(needs, needRows).ifPresent(n -> {
            form = "closeNeed";
            presenter.closeNeed(n.id(), needOutcome.getText());
        }));
        needs.getSelectionModel().addListSelectionListener(e -> enableRowActs());
        JPanel needForm = form(new Object[][] {
            {"counter.cases.need.kind", needKind}, {"counter.cases.need.note", needNote},
            {null, save("case.need.add", "counter.cases.need.add", "need", () -> presenter.raiseNeed(code(needKind), needNote.getText()))},
            {"counter.cases.need.outcome", needOutcome}, {null, closeNeed}});
        tabs.addTab(words.get("counter.cases.tab.needs"), section(needs, needForm));

        talkModel = Tables.readOnly(words.get("counter.cases.consult.when"), words.get("counter.cases.consult.channel"),
                words.get("counter.cases.consult.by"), words.get("counter.cases.consult.minutes"), words.get("counter.cases.consult.asked"),
                words.get("counter.cases.consult.done"));
        JTable talks = table("case.consultations", talkModel);
        channel.setName("case.consult.channel");
        channel.setRenderer(shown(v -> words.get(((Channel) v).messageKey())));
        when.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "2026-11-21 14:00");
        minutes.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.cases.consult.minutesHint"));
        JPanel talkForm = form(new Object[][] {
            {"counter.cases.consult.when", when}, {"counter.cases.consult.channel", channel}, {"counter.cases.consult.minutes", minutes},
            {"counter.cases.consult.asked", new JScrollPane(asked)}, {"counter.cases.consult.done", new JScrollPane(done)},
            {null, save("case.consult.save", "counter.cases.consult.save", "consult", () -> presenter.consult(when.getText(),
                    (Channel) channel.getSelectedItem(), minutes.getText(), asked.getText(), done.getText()))}});
        tabs.addTab(words.get("counter.cases.tab.consultations"), section(talks, talkForm));

        applicationModel = Tables.readOnly(words.get("counter.cases.apply.on"), words.get("counter.cases.apply.service"),
                words.get("counter.cases.apply.by"), words.get("counter.cases.apply.status"), words.get("counter.cases.apply.note"));
        applications = table("case.applications", applicationModel);
        service.setName("case.apply.service");
        service.setRenderer(shown(v -> ((CatalogueEntry) v).name().in(words.language())));
        decision.setName("case.decide.status");
        decision.setRenderer(shown(v -> words.get(((ApplicationStatus) v).messageKey())));
        decide = button("case.decide.save", "counter.cases.apply.decide", () -> selected(applications, applicationRows).ifPresent(a -> {
            form = "decide";
            presenter.decide(a.id(), (ApplicationStatus) decision.getSelectedItem());
        }));
        applications.getSelectionModel().addListSelectionListener(e -> enableRowActs());
        JPanel applyForm = form(new Object[][] {
            {"counter.cases.apply.service", service}, {"counter.cases.apply.note", applyNote},
            {null, save("case.apply.save", "counter.cases.apply.save", "apply", () -> presenter.apply(code(service), applyNote.getText()))},
            {"counter.cases.apply.status", decision}, {null, decide}});
        tabs.addTab(words.get("counter.cases.tab.applications"), section(applications, applyForm));

        referralModel = Tables.readOnly(words.get("counter.cases.refer.on"), words.get("counter.cases.refer.agency"),
                words.get("counter.cases.refer.reason"), words.get("counter.cases.refer.answer"), words.get("counter.cases.refer.answerNote"));
        referrals = table("case.referrals", referralModel);
        answer.setName("case.answer.answer");
        answer.setRenderer(shown(v -> words.get(((ReferralAnswer) v).messageKey())));
        answerSave = button("case.answer.save", "counter.cases.refer.record", () -> selected(referrals, referralRows).ifPresent(r -> {
            form = "answer";
            presenter.answer(r.id(), (ReferralAnswer) answer.getSelectedItem(), answerNote.getText());
        }));
        referrals.getSelectionModel().addListSelectionListener(e -> enableRowActs());
        JPanel referForm = form(new Object[][] {
            {"counter.cases.refer.agency", agency}, {"counter.cases.refer.reason", referReason},
            {null, save("case.refer.save", "counter.cases.refer.save", "refer", () -> presenter.refer(agency.getText(), referReason.getText()))},
            {"counter.cases.refer.answer", answer}, {"counter.cases.refer.answerNote", answerNote}, {null, answerSave}});
        tabs.addTab(words.get("counter.cases.tab.referrals"), section(referrals, referForm));

        followModel = Tables.readOnly(words.get("counter.cases.plan.due"), words.get("counter.cases.plan.kind"),
                words.get("counter.cases.plan.what"), words.get("counter.cases.plan.by"), words.get("counter.cases.plan.state"));
        followUps = table("case.followUps", followModel);
        visit.setName("case.plan.visit");
        visit.setText(words.get("counter.cases.plan.visit"));
        due.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "2026-11-30");
        complete = button("case.followUp.done", "counter.cases.plan.done", () -> selected(followUps, followRows).ifPresent(f -> {
            form = "complete";
            presenter.complete(f.id());
        }));
        followUps.getSelectionModel().addListSelectionListener(e -> enableRowActs());
        JPanel planForm = form(new Object[][] {
            {"counter.cases.plan.due", due}, {null, visit}, {"counter.cases.plan.what", what},
            {null, save("case.plan.save", "counter.cases.plan.save", "plan", () -> presenter.plan(due.getText(), visit.isSelected(), what.getText()))},
            {null, complete}});
        tabs.addTab(words.get("counter.cases.tab.followUps"), section(followUps, planForm));

        readerModel = Tables.readOnly(words.get("counter.cases.readers.when"), words.get("counter.cases.readers.who"),
                words.get("counter.cases.readers.what"), words.get("counter.cases.readers.reason"));
        if (audits) {
            JTable readers = table("case.readers", readerModel);
            JPanel readerForm = form(new Object[][] {{null, button("case.readers.load", "counter.cases.readers.load", () -> presenter.readers())}});
            tabs.addTab(words.get("counter.cases.tab.readers"), section(readers, readerForm));
            tabs.addChangeListener(e -> {
                if (tabs.getSelectedIndex() == tabs.getTabCount() - 1 && presenter != null) {
                    presenter.readers();
                }
            });
        }

        JPanel open = new JPanel(new MigLayout("fill, insets 0, gap 6, wrap 1, hidemode 3", "[grow, fill]", "[][][][grow, fill]"));
        open.add(header, "wmin 0");
        open.add(standing, "wmin 0");
        open.add(stale);
        open.add(tabs);
        deck.add(open, CASE);
        cards.show(deck, EMPTY);
        enableRowActs();
    }

    void attach(CasesPresenter casesPresenter) {
        this.presenter = casesPresenter;
    }

    void showChoices(List<CatalogueEntry> kinds, List<CatalogueEntry> services) {
        needKind.removeAllItems();
        kinds.forEach(needKind::addItem);
        service.removeAllItems();
        services.forEach(service::addItem);
    }

    void askReason(String name) {
        reasonAsk.setText(words.get("counter.cases.reason.ask", name));
        reason.setText("");
        message.say(" ", false);
        cards.show(deck, REASON);
        reason.requestFocusInWindow();
    }

    void showCase(CaseFile file, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        header.setText(words.get("counter.cases.header", file.name(), java.time.Period.between(file.birthDate(), today).getYears(),
                file.officer().map(o -> o.name()).orElse(words.get("counter.cases.scope.team"))));
        standing.setText(words.get("counter.cases.standing", file.lastContact() == null ? "-" : formats.stampInList(file.lastContact(), today),
                file.openNeeds(), file.overdueOn(today), file.nextVisit().map(d -> formats.dayInList(d, today)).orElse("-")));
        stale.setVisible(false);
        if (when.getText().isBlank()) {
            when.setText(now.withSecond(0).withNano(0).format(CasesPresenter.WHEN));
        }
        needRows = file.needs();
        needModel.setRowCount(0);
        for (CaseFile.Need n : needRows) {
            needModel.addRow(new Object[] {formats.stampInList(n.raisedAt(), today), n.kind().in(words.language()) + (n.note() == null ? "" : " — " + n.note()),
                    words.get(n.source().messageKey()), n.callbackFrom() != null
                    ? words.get("counter.cases.need.callback", formats.stampInList(n.callbackFrom(), today), n.callbackTo().toLocalTime())
                    : n.ticket() != null ? words.get("counter.cases.need.ticket", n.ticket()) : "",
                    n.open() ? words.get("counter.cases.need.open") : words.get("counter.cases.need.closed", n.outcome(), n.closedBy())});
        }
        talkModel.setRowCount(0);
        for (CaseFile.Consultation c : file.consultations()) {
            talkModel.addRow(new Object[] {formats.stampInList(c.heldAt(), today), words.get(c.channel().messageKey()), c.by(),
                    c.minutes() == null ? "" : words.get("counter.cases.minutes", c.minutes()), c.asked(), c.done()});
        }
        applicationRows = file.applications();
        applicationModel.setRowCount(0);
        for (CaseFile.Application a : applicationRows) {
            applicationModel.addRow(new Object[] {formats.dayInList(a.appliedOn(), today), a.service().in(words.language()), a.by(),
                    words.get(a.status().messageKey()) + (a.decidedOn() == null ? "" : " " + formats.dayInList(a.decidedOn(), today)), a.note() == null ? "" : a.note()});
        }
        referralRows = file.referrals();
        referralModel.setRowCount(0);
        for (CaseFile.Referral r : referralRows) {
            referralModel.addRow(new Object[] {formats.dayInList(r.referredOn(), today), r.agency(), r.reason(),
                    r.answer() == null ? words.get("counter.cases.refer.waiting") : words.get(r.answer().messageKey()) + " " + formats.dayInList(r.answeredOn(), today),
                    r.answerNote() == null ? "" : r.answerNote()});
        }
        followRows = file.followUps();
        followModel.setRowCount(0);
        for (CaseFile.FollowUp f : followRows) {
            followModel.addRow(new Object[] {formats.dayInList(f.due(), today), words.get(f.visit() ? "counter.cases.plan.isVisit" : "counter.cases.plan.isTask"),
                    f.what(), f.by(), f.doneAt() != null ? words.get("counter.cases.plan.doneAt", formats.stampInList(f.doneAt(), today), f.doneBy())
                    : f.overdueOn(today) ? words.get("counter.cases.plan.overdue") : words.get("counter.cases.plan.open")});
        }
        readerModel.setRowCount(0);
        cards.show(deck, CASE);
        enableRowActs();
        revalidate();
    }

    void showInvalid(Map<String, Refusal> fields) {
        Map<String, JComponent> inForm = fieldsOf(form);
        inForm.values().forEach(c -> c.putClientProperty(FlatClientProperties.OUTLINE, null));
        reason.putClientProperty(FlatClientProperties.OUTLINE, null);
        List<String> said = new ArrayList<>();
        fields.forEach((field, why) -> {
            JComponent c = "reason".equals(field) ? reason : inForm.get(field);
            if (c != null) {
                c.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
            }
            said.add(words.get(fieldKey(field)) + ": " + words.say(why));
        });
        message.say(String.join(" · ", said), true);
    }

    void showChanged(List<CaseChange> changes) {
        List<String> lines = new ArrayList<>();
        for (CaseChange c : changes) {
            lines.add(formats.stamp(c.at()) + " " + (c.who() == null ? words.get("counter.cases.change.resident") : c.who()) + " — "
                    + words.get(c.whatKey()));
        }
        message.say(words.get("counter.cases.changed", String.join(", ", lines)), true);
    }

    void showSaved(String key, Object... args) {
        fieldsOf(form).values().forEach(c -> {
            c.putClientProperty(FlatClientProperties.OUTLINE, null);
            if (c instanceof JTextComponent t) {
                t.setText("");
            }
        });
        when.setText("");
        message.say(words.get(key, args), false);
    }

    void showStale() {
        stale.setVisible(true);
        revalidate();
    }

    void showReaders(List<CaseRead> reads) {
        readerModel.setRowCount(0);
        for (CaseRead r : reads) {
            readerModel.addRow(new Object[] {formats.stamp(r.at()), r.name() + " (" + r.login() + ")", r.refused()
                    ? words.get("counter.cases.readers.refused") : words.get("case".equals(r.view()) ? "counter.cases.readers.case"
                    : "counter.cases.readers.summary"), r.reason()});
        }
    }

    void showRefusal(Refusal refusal) {
        message.say(words.say(refusal), true);
    }

    void showFailure() {
        message.say(words.get("counter.failure"), true);
    }

    void setBusy(boolean busy) {
        saves.forEach(b -> b.setEnabled(!busy));
        if (!busy) {
            enableRowActs();
        }
    }

    /** The acts on a chosen line are offered only when a line that can take them is chosen. */
    private void enableRowActs() {
        closeNeed.setEnabled(selected(needs, needRows).filter(CaseFile.Need::open).isPresent());
        decide.setEnabled(selected(applications, applicationRows).filter(a -> a.status() == ApplicationStatus.APPLIED).isPresent());
        answerSave.setEnabled(selected(referrals, referralRows).filter(r -> r.answer() == null).isPresent());
        complete.setEnabled(selected(followUps, followRows).filter(CaseFile.FollowUp::open).isPresent());
    }

    private Map<String, JComponent> fieldsOf(String which) {
        Map<String, JComponent> map = new LinkedHashMap<>();
        switch (which) {
            case "need" -> {
                map.put("kind", needKind);
                map.put("note", needNote);
            }
            case "closeNeed" -> map.put("outcome", needOutcome);
            case "consult" -> {
                map.put("heldAt", when);
                map.put("channel", channel);
                map.put("minutes", minutes);
                map.put("asked", asked);
                map.put("done", done);
            }
            case "apply" -> {
                map.put("service", service);
                map.put("note", applyNote);
            }
            case "refer" -> {
                map.put("agency", agency);
                map.put("reason", referReason);
            }
            case "answer" -> map.put("answerNote", answerNote);
            case "plan" -> {
                map.put("due", due);
                map.put("what", what);
            }
            default -> { }
        }
        return map;
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "reason" -> "counter.cases.field.reason";
            case "kind" -> "counter.cases.field.kind";
            case "note" -> "counter.cases.field.note";
            case "outcome" -> "counter.cases.field.outcome";
            case "heldAt" -> "counter.cases.field.heldAt";
            case "channel" -> "counter.cases.field.channel";
            case "minutes" -> "counter.cases.field.minutes";
            case "asked" -> "counter.cases.field.asked";
            case "done" -> "counter.cases.field.done";
            case "service" -> "counter.cases.field.service";
            case "status" -> "counter.cases.field.status";
            case "agency" -> "counter.cases.field.agency";
            case "answer" -> "counter.cases.field.answer";
            case "answerNote" -> "counter.cases.field.answerNote";
            case "due" -> "counter.cases.field.due";
            case "what" -> "counter.cases.field.what";
            default -> "counter.cases.field.item";
        };
    }

    private static String code(JComboBox<CatalogueEntry> box) {
        CatalogueEntry e = (CatalogueEntry) box.getSelectedItem();
        return e == null ? "" : e.code();
    }

    /** A chooser's entries in words: {@code say} turns an entry into what the clerk reads. */
    private static javax.swing.ListCellRenderer<Object> shown(java.util.function.Function<Object, String> say) {
        return new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : say.apply(value), index, sel, focus);
            }
        };
    }

    private static <T> java.util.Optional<T> selected(JTable table, List<T> rows) {
        int row = table.getSelectedRow();
        if (row < 0) {
            return java.util.Optional.empty();
        }
        int model = table.convertRowIndexToModel(row);
        return model < rows.size() ? java.util.Optional.of(rows.get(model)) : java.util.Optional.empty();
    }

    private static JTable table(String name, DefaultTableModel model) {
        JTable t = new JTable(model);
        // a cell cut short shows its whole text on the pointer
        t.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                super.setValue(value);
                setToolTipText(value == null || value.toString().isEmpty() ? null : value.toString());
            }
        });
        t.setName(name);
        t.setFillsViewportHeight(true);
        t.setAutoCreateRowSorter(true);
        t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        return t;
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private static JTextArea area(String name) {
        JTextArea a = new JTextArea(2, 20);
        a.setName(name);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        return a;
    }

    private JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(words.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** A save button of a form: it marks which form the answer is about, and is off while a save is on its way. */
    private JButton save(String name, String key, String formName, Runnable action) {
        JButton b = button(name, key, () -> {
            form = formName;
            action.run();
        });
        saves.add(b);
        return b;
    }

    /** A form of labelled rows: {key, component}; a null key puts the component under the fields. */
    private JPanel form(Object[][] rows) {
        JPanel p = new JPanel(new MigLayout("wrap 2, insets 0, gap 6", "[right][grow, fill, 60::]"));
        for (Object[] row : rows) {
            JComponent c = (JComponent) row[1];
            if (row[0] == null) {
                p.add(c, "skip, growx 0, left");
            } else {
                JLabel l = new JLabel(words.get((String) row[0]));
                l.setLabelFor(c instanceof JScrollPane s ? s.getViewport().getView() : c);
                p.add(l);
                p.add(c, c instanceof JScrollPane ? "hmin 48, wmin 60" : "wmin 60");
            }
        }
        return p;
    }

    /** A part of the case: its list above, its form below. */
    private static JPanel section(JTable table, JPanel form) {
        JPanel p = new JPanel(new MigLayout("fill, insets 6, gap 8, wrap 1", "[grow, fill]", "[grow, fill][]"));
        p.add(Tables.scroll(table), "hmin 120");
        p.add(form);
        return p;
    }
}
