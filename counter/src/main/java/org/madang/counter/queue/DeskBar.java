package org.madang.counter.queue;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketOutcome;
import org.madang.counter.shell.ActLine;
import org.madang.ui.Messages;

/**
 * The counter's top bar: who is signed in at which desk, the ticket being served with the acts
 * always at hand (call next, recall, start, finish, no-show, redirect, postpone), and what the
 * last act did. Each button's tooltip names its key.
 */
public final class DeskBar extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final JLabel ticket = new JLabel();
    private final JLabel state = new JLabel();
    private final ActLine message = new ActLine();
    private final JButton next;
    private final JButton recall;
    private final JButton start;
    private final JButton finish;
    private final JButton noShow;
    private final JButton redirect;
    private final JButton postpone;
    private Map<Long, QueueLine> lines = Map.of();
    private QueuePresenter presenter;
    private final javax.swing.JTextField search = new javax.swing.JTextField(26);
    private java.util.function.Consumer<String> searched = typed -> { };
    /** Searches as the clerk types, once the typing pauses. */
    private final javax.swing.Timer typing = new javax.swing.Timer(SEARCH_PAUSE_MS, e -> searched.accept(search.getText()));
    /** How long typing pauses before the search runs. */
    static final int SEARCH_PAUSE_MS = 150;

    /** @param redirectForm shows the redirect choice (services and desks) in the Queue workspace */
    public DeskBar(Messages words, String clerkName, int deskNumber, Runnable redirectForm, Runnable signOut, Runnable lock) {
        super(new MigLayout("insets 8 12 8 12, fillx, gap 8, hidemode 3", "[][][grow][]push[][][][][][][][]", "[][]"));
        this.words = words;
        setName("desk.bar");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "deskBar");
        JLabel who = new JLabel(words.get("counter.signedIn", clerkName));
        who.setName("desk.clerk");
        JLabel desk = new JLabel(words.get("counter.desk.number", deskNumber));
        desk.setName("desk.number");
        desk.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        ticket.setName("desk.ticket");
        ticket.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        state.setName("desk.state");
        message.setName("desk.message");
        next = button("desk.next", "counter.desk.next", "F5", () -> presenter.callNext());
        next.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskPrimary");
        recall = button("desk.recall", "counter.desk.recall", "F6", () -> presenter.recall());
        start = button("desk.start", "counter.desk.start", "F7", () -> presenter.startServing());
        finish = button("desk.finish", "counter.desk.finish", "F8", () -> presenter.finish(TicketOutcome.SERVED));
        noShow = button("desk.noShow", "counter.desk.noShow", "F9", () -> presenter.noShow());
        redirect = button("desk.redirect", "counter.desk.redirect", "Ctrl+R", redirectForm);
        postpone = button("desk.postpone", "counter.desk.postpone", "Ctrl+P", () -> presenter.postpone());
        JButton out = new JButton(words.get("counter.desk.signOut"));
        out.setName("desk.signOut");
        out.addActionListener(e -> signOut.run());
        add(desk, "cell 0 0");
        add(ticket, "cell 1 0, gapleft 16");
        add(state, "cell 2 0, wmin 0");
        add(next, "cell 4 0");
        add(recall, "cell 5 0");
        add(start, "cell 6 0");
        add(finish, "cell 7 0");
        add(noShow, "cell 8 0");
        add(redirect, "cell 9 0");
        add(postpone, "cell 10 0");
        search.setName("search.field");
        search.putClientProperty(com.formdev.flatlaf.FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.search.hint"));
        search.setToolTipText(words.get("counter.shortcut", words.get("counter.search.hint"), "Ctrl+K"));
        // a scanner types too fast for an input method: the code's letters must stay letters
        search.enableInputMethods(false);
        typing.setRepeats(false);
        search.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                typing.restart();
            }
        });
        search.addActionListener(e -> {
            typing.stop();
            searched.accept(search.getText());
        });
        add(who, "cell 0 1 2 1");
        add(message, "cell 2 1 5 1, wmin 0");
        add(search, "cell 7 1 4 1, growx");
        JButton locking = button("desk.lock", "counter.desk.lock", "Ctrl+L", lock);
        add(locking, "cell 11 1");
        add(out, "cell 11 0");
        showCurrent(Optional.empty());
    }

    /**
     * Without window rights (an admin keeping accounts) the bar keeps only who is signed in and
     * the sign-out: no desk, ticket or resident search.
     */
    public void withoutDesk() {
        for (java.awt.Component c : getComponents()) {
            String name = c.getName();
            if (name == null || !(name.equals("desk.clerk") || name.equals("desk.signOut") || name.equals("desk.lock"))) {
                c.setVisible(false);
            }
        }
    }

    /** What the search box does with what was typed or scanned. */
    public void onSearch(java.util.function.Consumer<String> action) {
        searched = action;
    }

    /** Puts the keyboard in the search box, its words selected (Ctrl+K). */
    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    /** The desk's presenter, which the buttons act through. */
    public void attach(QueuePresenter desk) {
        this.presenter = desk;
    }

    private JButton button(String name, String key, String shortcut, Runnable action) {
        JButton b = new JButton(words.get(key));
        b.setName(name);
        b.setToolTipText(words.get("counter.shortcut", words.get(key), shortcut));
        b.addActionListener(e -> action.run());
        return b;
    }

    void setLines(Map<Long, QueueLine> byId) {
        lines = byId;
    }

    /** The ticket being served, and which acts apply to it now. */
    void showCurrent(Optional<Ticket> current) {
        ticket.setText(current.map(Ticket::label).orElse(words.get("counter.desk.none")));
        state.setText(current.map(this::describe).orElse(""));
        boolean called = current.map(t -> t.status() == org.madang.core.queue.TicketStatus.CALLED).orElse(false);
        next.setEnabled(current.isEmpty());
        recall.setEnabled(called);
        start.setEnabled(called);
        noShow.setEnabled(called && current.get().recalls() > 0);
        finish.setEnabled(current.isPresent());
        redirect.setEnabled(current.isPresent());
        postpone.setEnabled(current.isPresent());
    }

    private String describe(Ticket t) {
        QueueLine line = lines.get(t.servedLineId());
        String service = line == null ? "" : line.name().in(words.language());
        String status = words.get(QueueWords.status(t.status()));
        return t.recalls() > 0 ? words.get("counter.desk.stateRecalled", service, status, t.recalls())
                : words.get("counter.desk.state", service, status);
    }

    void say(String text, boolean problem) {
        message.say(text, problem);
    }
}
