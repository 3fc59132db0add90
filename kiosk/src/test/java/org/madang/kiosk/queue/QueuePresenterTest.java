package org.madang.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.PriorityReason;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.shell.Loading;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/** Taking a queue ticket, presenter and a recording view, no window: the services, the priority question, the printed ticket. */
class QueuePresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final List<String> shown = new ArrayList<>();
    private List<LineStatus> lines = List.of();
    private LineStatus asked;
    private IssuedTicket ticket;
    private Receipt receipt;
    private PrintResult printed;
    private final QueueView view = new QueueView() {
        @Override
        public void showLines(List<LineStatus> l) {
            shown.add("lines");
            lines = l;
        }

        @Override
        public void askPriority(LineStatus line) {
            shown.add("priority");
            asked = line;
        }

        @Override
        public void showTicket(IssuedTicket t, Receipt r, PrintResult p) {
            shown.add("ticket");
            ticket = t;
            receipt = r;
            printed = p;
        }
    };
    private final QueuePresenter presenter = new QueuePresenter(view, fixture.services(),
            new Loading(new DirectTasks(), busy -> { }, () -> shown.add("failure")), () -> Messages.forLanguage("ko"));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPriorityTicketIsTakenPrintedAndCountedAhead() {
        presenter.start();
        assertThat(lines).isNotEmpty();
        LineStatus line = lines.get(0);
        presenter.chooseLine(line);
        assertThat(asked).isEqualTo(line);

        presenter.take(PriorityReason.SENIOR);
        assertThat(shown).containsExactly("lines", "priority", "ticket");
        assertThat(ticket.ticket().priority()).isTrue();
        assertThat(ticket.line().id()).isEqualTo(line.line().id());
        assertThat(printed.printed()).isTrue();
        assertThat(receipt.plainText()).contains(ticket.ticket().label());

        presenter.start();
        presenter.chooseLine(lines.stream().filter(l -> l.line().id() == line.line().id()).findFirst().orElseThrow());
        presenter.take(null);
        assertThat(ticket.ticket().priority()).isFalse();
        assertThat(ticket.ahead()).isGreaterThanOrEqualTo(1); // the priority ticket before it
    }
}
