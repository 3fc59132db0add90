package org.madang.kiosk.queue;

import java.util.function.Function;
import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import net.miginfocom.swing.MigLayout;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.PriorityReason;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/** The Swing side of queue tickets: the services, the priority question, the ticket. */
public final class QueueScreens implements QueueView {
    public static final String LINES = "queue.lines";
    public static final String PRIORITY = "queue.priority";
    public static final String TICKET = "queue.ticket";

    private final Look look;
    private final Navigator navigator;
    private final QueuePresenter presenter;
    private final KioskPage lines;
    private final KioskPage priority;
    private final TicketPage ticket;

    public QueueScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<QueueView, QueuePresenter> presenters, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.presenter = navigator.replay().presenter(QueueView.class, this, presenters);
        lines = new KioskPage(look, LINES);
        lines.setTitle(look.words().get("queue.lines.title"));
        lines.setHint(look.words().get("queue.lines.hint"));
        priority = new KioskPage(look, PRIORITY);
        priority.setTitle(look.words().get("queue.priority.title"));
        ticket = new TicketPage(look, devices.receiptRenderer(), finish);
        navigator.register(LINES, lines);
        navigator.register(PRIORITY, priority);
        navigator.register(TICKET, ticket);
    }

    public static List<String> screenIds() {
        return List.of(LINES, PRIORITY, TICKET);
    }

    public QueuePresenter presenter() {
        return presenter;
    }

    @Override
    public void showLines(List<LineStatus> status) {
        if (status.isEmpty()) {
            lines.showNothing("queue.none", look.words().get("queue.lines.none"));
        } else {
            int columns = look.landscape() ? 2 : 1;
            ViewportPanel grid = new ViewportPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(),
                    "[grow, fill, sg q]".repeat(columns)), look.scale().mm(20));
            for (LineStatus s : status) {
                String name = s.line().name().in(look.words().language());
                String waiting = look.words().get("queue.lines.waiting", s.waiting(), s.estimatedMinutes());
                TouchButton b = TouchButton.ofLines("line." + s.line().code(), java.util.List.of(name, waiting), false, "tile", look.scale());
                b.getAccessibleContext().setAccessibleName(name + ", " + waiting);
                b.addActionListener(e -> presenter.chooseLine(s));
                grid.add(b, "hmin " + look.scale().mm(40));
            }
            lines.showScrolling(grid);
        }
        navigator.show(LINES);
    }

    @Override
    public void askPriority(LineStatus line) {
        priority.setHint(look.words().get("queue.priority.hint", line.line().name().in(look.words().language())));
        ViewportPanel choices = new ViewportPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"),
                look.scale().mm(20));
        TouchButton regular = new TouchButton("priority.none", look.words().get("queue.priority.none"), "primary", look.scale());
        regular.addActionListener(e -> presenter.take(null));
        choices.add(regular, "hmin " + look.bigButton());
        for (PriorityReason reason : PriorityReason.values()) {
            TouchButton b = new TouchButton("priority." + reason.name().toLowerCase(java.util.Locale.ROOT),
                    look.words().get("queue.priority.yes", look.words().get(reason.messageKey())), "tile", look.scale());
            b.addActionListener(e -> presenter.take(reason));
            choices.add(b, "hmin " + look.button());
        }
        WrappingText why = new WrappingText("priority.why", "hint");
        why.say(look.words().get("queue.priority.why"));
        choices.add(why);
        priority.showScrolling(choices);
        navigator.show(PRIORITY);
    }

    @Override
    public void showTicket(IssuedTicket issued, Receipt receipt, PrintResult printed) {
        ticket.show(issued, receipt, printed);
        navigator.showWithoutReturn(TICKET);
    }

    /** The number, large; who is ahead; the ticket as printed. */
    private static final class TicketPage extends KioskPage {
        private static final long serialVersionUID = 1L;
        private final ReceiptImageRenderer renderer;
        private final WrappingText number = new WrappingText("ticket.number", "ticket");
        private final WrappingText ahead = new WrappingText("ticket.ahead", "body");
        private final WrappingText printed = new WrappingText("ticket.printed", "hint");
        private final ReceiptView receiptView = new ReceiptView();

        TicketPage(Look look, ReceiptImageRenderer renderer, Runnable onFinish) {
            super(look, TICKET);
            this.renderer = renderer;
            setTitle(look.words().get("queue.ticket.title"));
            TouchButton finish = new TouchButton("ticket.finish", look.words().get("booking.done.finish"), "primary", look.scale());
            finish.addActionListener(e -> onFinish.run());
            if (look.landscape()) {
                // the number and what to do at the left; the ticket as printed and Finish under it at the right, so a
                // short screen keeps room below for the question after the service
                content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap(), "[grow, fill][grow, fill]", "[][][][grow]"));
                content().add(number, "cell 0 0");
                content().add(ahead, "cell 0 1");
                content().add(printed, "cell 0 2");
                javax.swing.JPanel right = new javax.swing.JPanel(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]",
                        "[grow, fill][]"));
                right.setOpaque(false);
                right.add(receiptView, "grow");
                right.add(finish, "hmin " + look.bigButton());
                content().add(right, "cell 1 0 1 4, grow");
            } else {
                content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][][][grow, fill][]"));
                content().add(number);
                content().add(ahead);
                content().add(printed);
                content().add(receiptView, "hmin 100");
                content().add(finish, "hmin " + look.bigButton());
            }
        }

        void show(IssuedTicket issued, Receipt receipt, PrintResult result) {
            setHint(look.words().get("queue.ticket.service", issued.line().name().in(look.words().language())));
            number.say(issued.ticket().label());
            ahead.say(look.words().get("queue.ticket.ahead", issued.ahead(), issued.estimatedMinutes()));
            printed.say(result instanceof PrintResult.Failed failed ? look.words().get("queue.ticket.printFailed", failed.reason())
                    : look.words().get("queue.ticket.printed"));
            printed.putClientProperty(FlatClientProperties.STYLE_CLASS, result.printed() ? "hint" : "refusal");
            receiptView.show(renderer.render(receipt), receipt.plainText());
            refresh();
        }
    }
}
