package org.madang.counter.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketOutcome;
import org.madang.core.queue.TicketStatus;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;
import org.madang.ui.Tasks;

/** The desk's queue presenter, without AWT: what the clerk sees after each act, and what the database holds. */
class QueuePresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final QueuePresenter presenter = new QueuePresenter(view, f.services.queue(), new DirectTasks(), "tester");

    @AfterEach
    void close() {
        f.close();
    }

    /** Today's waiting tickets of the demo, served away, so each test starts from an empty line. */
    private void emptyTheLine() {
        f.site.execute("UPDATE queue_ticket SET status = 'DONE' WHERE status = 'WAITING'");
    }

    @Test
    void callRecallNoShowThenTheNextOne() {
        emptyTheLine();
        String first = f.kiosk.queue().take(1, null).ticket().label();
        String second = f.kiosk.queue().take(1, null).ticket().label();
        presenter.start();
        assertThat(view.current).isEmpty();
        assertThat(view.waiting).extracting(Ticket::label).containsExactly(first, second);

        presenter.callNext();
        assertThat(view.said).last().isEqualTo("counter.queue.called");
        assertThat(view.current).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TicketStatus.CALLED));
        presenter.noShow();
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("queue.refused.recallFirst");
        presenter.recall();
        assertThat(view.current).hasValueSatisfying(t -> assertThat(t.recalls()).isEqualTo(1));
        presenter.noShow();
        assertThat(view.current).isEmpty();
        presenter.callNext();
        assertThat(view.current).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo(second));
        presenter.startServing();
        presenter.finish(TicketOutcome.INCOMPLETE);
        assertThat(view.current).isEmpty();
        assertThat(f.site.count("SELECT COUNT(*) FROM queue_ticket WHERE outcome = 'INCOMPLETE'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM queue_ticket WHERE status = 'NO_SHOW'")).isEqualTo(1);
        presenter.callNext();
        assertThat(view.said).last().isEqualTo("counter.queue.nobody");
    }

    @Test
    void aRedirectedTicketLeavesTheDeskAndWaitsForTheOtherService() {
        emptyTheLine();
        f.kiosk.queue().take(1, null);
        presenter.start();
        presenter.callNext();
        long welfare = view.lines.stream().filter(l -> l.code().equals("welfare")).findFirst().orElseThrow().id();
        presenter.redirect(welfare, null);
        assertThat(view.said).last().isEqualTo("counter.queue.redirected");
        assertThat(view.current).isEmpty();
        assertThat(view.counts.stream().filter(s -> s.line().id() == welfare).findFirst().orElseThrow().waiting()).isEqualTo(1);
    }

    @Test
    void anActWithNoTicketAtTheDeskSaysSoAndTouchesNothing() {
        emptyTheLine();
        presenter.start();
        long events = f.site.count("SELECT COUNT(*) FROM event_log");
        presenter.finish(TicketOutcome.SERVED);
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("counter.queue.noneServed");
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log")).isEqualTo(events);
    }

    @Test
    void aSecondPressWhileTheFirstIsOnItsWayCallsOnce() {
        emptyTheLine();
        f.kiosk.queue().take(1, null);
        f.kiosk.queue().take(1, null);
        HeldTasks held = new HeldTasks();
        QueuePresenter slow = new QueuePresenter(view, f.services.queue(), held, "tester");
        slow.callNext();
        slow.callNext();
        held.runAll();
        assertThat(f.site.count("SELECT COUNT(*) FROM queue_ticket WHERE status = 'CALLED'")).isEqualTo(1);
    }

    /** Tasks that wait until the test lets them run: work still "on its way" while the clerk presses again. */
    private static final class HeldTasks implements Tasks {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                            java.util.function.Consumer<Throwable> failed) {
            held.add(() -> new DirectTasks().run(work, done, failed));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    private static final class Recording implements QueueView {
        List<QueueLine> lines = List.of();
        Optional<Ticket> current = Optional.empty();
        List<Ticket> waiting = List.of();
        List<LineStatus> counts = List.of();
        final List<String> said = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();

        @Override
        public void showLines(List<QueueLine> all, List<Long> deskLines, int deskNumber) {
            lines = all;
        }

        @Override
        public void showCurrent(Optional<Ticket> ticket) {
            current = ticket;
        }

        @Override
        public void showWaiting(List<Ticket> tickets, List<LineStatus> statuses) {
            waiting = tickets;
            counts = statuses;
        }

        @Override
        public void showDone(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showRefusal(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }
}
