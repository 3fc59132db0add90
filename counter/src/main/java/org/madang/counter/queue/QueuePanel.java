package org.madang.counter.queue;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketOutcome;
import org.madang.counter.shell.Tables;
import org.madang.ui.Messages;

/**
 * The Queue workspace (창구): the ticket being served with its outcome, the redirect and the
 * postponement; the tickets this desk may call, in line; each service's waiting count and
 * likely wait. The top bar shows the same ticket and the last act's word.
 */
public final class QueuePanel extends JPanel implements QueueView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final DeskBar bar;
    private final JLabel current = new JLabel();
    private final Map<TicketOutcome, JRadioButton> outcomes = new LinkedHashMap<>();
    private final JButton finish;
    private final JComboBox<Choice> service = new JComboBox<>();
    private final JComboBox<Choice> desk = new JComboBox<>();
    private final JButton redirect;
    private final JButton postpone;
    private final TicketTableModel waitingModel;
    private final JTable waiting;
    private final JTable counts;
    private final javax.swing.table.DefaultTableModel countsModel;
    private final JLabel waitingTitle = new JLabel();
    private transient QueuePresenter presenter;

    /** An entry of a choice list: what it stands for and its words. */
    private record Choice(Long id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public QueuePanel(Messages words, DeskBar bar) {
        super(new MigLayout("fill, insets 16, gap 16", "[380!][grow, fill]", "[grow, fill][]"));
        this.words = words;
        this.bar = bar;
        setName("screen.queue");

        JPanel serving = new JPanel(new MigLayout("wrap 1, insets 12, fillx", "[grow, fill]"));
        serving.putClientProperty(FlatClientProperties.STYLE_CLASS, "deskCard");
        JLabel servingTitle = new JLabel(words.get("counter.queue.serving"));
        servingTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        current.setName("queue.current");
        current.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        serving.add(servingTitle);
        serving.add(current);
        ButtonGroup group = new ButtonGroup();
        for (TicketOutcome o : TicketOutcome.values()) {
            JRadioButton r = new JRadioButton(words.get(o.messageKey()));
            r.setName("queue.outcome." + o.name());
            group.add(r);
            outcomes.put(o, r);
            serving.add(r);
        }
        outcomes.get(TicketOutcome.SERVED).setSelected(true);
        finish = new JButton(words.get("counter.queue.finishWith"));
        finish.setName("queue.finish");
        finish.addActionListener(e -> presenter.finish(chosenOutcome()));
        serving.add(finish, "gapbottom 12");

        JLabel redirectTitle = new JLabel(words.get("counter.queue.redirectTitle"));
        redirectTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        service.setName("queue.redirect.service");
        desk.setName("queue.redirect.desk");
        redirect = new JButton(words.get("counter.desk.redirect"));
        redirect.setName("queue.redirect");
        redirect.addActionListener(e -> {
            Choice s = (Choice) service.getSelectedItem();
            Choice d = (Choice) desk.getSelectedItem();
            if (s != null) {
                presenter.redirect(s.id(), d == null || d.id() == null ? null : d.id().intValue());
            }
        });
        JLabel serviceLabel = new JLabel(words.get("counter.queue.redirect.service"));
        serviceLabel.setLabelFor(service);
        JLabel deskLabel = new JLabel(words.get("counter.queue.redirect.desk"));
        deskLabel.setLabelFor(desk);
        serving.add(redirectTitle);
        serving.add(serviceLabel, "split 2");
        serving.add(service, "growx");
        serving.add(deskLabel, "split 2");
        serving.add(desk, "growx");
        serving.add(redirect, "gapbottom 12");
        postpone = new JButton(words.get("counter.desk.postpone"));
        postpone.setName("queue.postpone");
        postpone.addActionListener(e -> presenter.postpone());
        serving.add(new JLabel(words.get("counter.queue.postponeHint")));
        serving.add(postpone);

        waitingModel = new TicketTableModel(words);
        waiting = new JTable(waitingModel);
        waiting.setName("queue.waiting");
        waiting.setAutoCreateRowSorter(true);
        waiting.setFillsViewportHeight(true);
        countsModel = Tables.readOnly(words.get("counter.queue.column.service"),
            words.get("counter.queue.column.waiting"), words.get("counter.queue.column.wait"));
        counts = new JTable(countsModel);
        counts.setName("queue.counts");
        counts.setFillsViewportHeight(true);
        waitingTitle.setName("queue.waitingTitle");
        waitingTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        JPanel lists = new JPanel(new MigLayout("fill, wrap 1, insets 0", "[grow, fill]", "[][grow 70, fill][][grow 30, fill]"));
        lists.add(waitingTitle);
        lists.add(Tables.scroll(waiting));
        JLabel countsTitle = new JLabel(words.get("counter.queue.counts"));
        countsTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        lists.add(countsTitle);
        lists.add(Tables.scroll(counts));
        add(serving, "aligny top, growy 0, growx");
        add(lists);
    }

    /** The desk's presenter, which the buttons act through. */
    public void attach(QueuePresenter desk) {
        this.presenter = desk;
        bar.attach(desk);
    }

    private TicketOutcome chosenOutcome() {
        return outcomes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).findFirst()
                .orElse(TicketOutcome.SERVED);
    }

    /** Puts the keyboard on the redirect choice (Ctrl+R). */
    public void focusRedirect() {
        service.requestFocusInWindow();
    }

    @Override
    public void showLines(List<QueueLine> all, List<Long> deskLines, int deskNumber) {
        Map<Long, QueueLine> byId = new LinkedHashMap<>();
        all.forEach(l -> byId.put(l.id(), l));
        waitingModel.setLines(byId);
        bar.setLines(byId);
        DefaultComboBoxModel<Choice> services = new DefaultComboBoxModel<>();
        all.forEach(l -> services.addElement(new Choice(l.id(), l.prefix() + " · " + l.name().in(words.language()))));
        service.setModel(services);
        DefaultComboBoxModel<Choice> desks = new DefaultComboBoxModel<>();
        desks.addElement(new Choice(null, words.get("counter.queue.redirect.anyDesk")));
        for (int d = 1; d <= 9; d++) {
            if (d != deskNumber) {
                desks.addElement(new Choice((long) d, words.get("counter.desk.number", d)));
            }
        }
        desk.setModel(desks);
        String served = deskLines.stream().map(byId::get).filter(java.util.Objects::nonNull).map(l -> l.name().in(words.language()))
                .collect(java.util.stream.Collectors.joining(", "));
        waitingTitle.setToolTipText(served);
    }

    @Override
    public void showCurrent(Optional<Ticket> ticket) {
        bar.showCurrent(ticket);
        current.setText(ticket.map(Ticket::label).orElse(words.get("counter.desk.none")));
        finish.setEnabled(ticket.isPresent());
        redirect.setEnabled(ticket.isPresent());
        postpone.setEnabled(ticket.isPresent());
        outcomes.get(TicketOutcome.SERVED).setSelected(true);
    }

    @Override
    public void showWaiting(List<Ticket> tickets, List<LineStatus> statuses) {
        waitingModel.setRows(tickets);
        waitingTitle.setText(words.get("counter.queue.waitingTitle", tickets.size()));
        countsModel.setRowCount(0);
        for (LineStatus s : statuses) {
            countsModel.addRow(new Object[] {s.line().prefix() + " · " + s.line().name().in(words.language()), s.waiting(),
                words.get("counter.queue.minutes", s.estimatedMinutes())});
        }
    }

    @Override
    public void showDone(String messageKey, Object... args) {
        bar.say(words.get(messageKey, args), false);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        bar.say(words.say(refusal), true);
    }

    @Override
    public void showFailure() {
        bar.say(words.get("counter.failure"), true);
    }
}
