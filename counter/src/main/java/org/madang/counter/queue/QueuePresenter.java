package org.madang.counter.queue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.core.Refusal;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketOutcome;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * The desk's queue: call the next ticket, recall, start, finish with an outcome, no-show,
 * redirect and postpone the one being served, and keep the waiting list and counts current as
 * kiosks print tickets and other desks call them (through the event log).
 */
public final class QueuePresenter {
    private final QueueView view;
    private final CounterServices.Queue queue;
    private final Tasks tasks;
    private final String clerk;
    private Optional<Ticket> current = Optional.empty();
    /** An act is on its way to the database: a second press (a double click) is not sent again. */
    private boolean acting;

    public QueuePresenter(QueueView view, CounterServices.Queue queue, Tasks tasks, String clerk) {
        this.view = view;
        this.queue = queue;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    /** Loads the services, then the desk's state. */
    public void start() {
        // the desk is read off the UI thread: an administrator may have set its services at Settings
        tasks.run(() -> new Lines(queue.tickets().lines(), queue.desk()), l -> {
            view.showLines(l.lines(), l.desk().lineIds(), l.desk().number());
            reload();
        }, e -> view.showFailure());
    }

    private record Lines(List<org.madang.core.queue.QueueLine> lines, CounterQueue.Desk desk) {
    }

    /** From the follower's thread: a ticket taken, called or ended anywhere on the site; the desk's services set again. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.QUEUE_DESK_SET, EventType.QUEUE_SERVICE_SAVED))) {
            // the desk's services (or a service's name or letter) changed at Settings: shown again, then the desk's state
            tasks.onUiThread(this::start);
        } else if (events.stream().anyMatch(e -> e.type().startsWith("Ticket"))) {
            tasks.onUiThread(this::reload);
        }
    }

    public void reload() {
        tasks.run(() -> {
            CounterQueue.Desk desk = queue.desk();
            return new State(queue.counters().current(desk), queue.counters().waiting(desk), queue.tickets().status());
        }, s -> {
            current = s.current();
            view.showCurrent(s.current());
            view.showWaiting(s.waiting(), s.counts());
        }, e -> view.showFailure());
    }

    /** Calls the next ticket to this desk (F5). */
    public void callNext() {
        send(() -> queue.counters().callNext(queue.desk(), clerk), outcome -> {
            if (outcome instanceof CallOutcome.Called called) {
                view.showDone("counter.queue.called", called.ticket().label(), called.ticket().desk());
            } else if (outcome instanceof CallOutcome.NobodyWaiting) {
                view.showDone("counter.queue.nobody");
            } else if (outcome instanceof CallOutcome.Refused refused) {
                view.showRefusal(refused.refusal());
            }
        });
    }

    /** Repeats the call on the board (F6). */
    public void recall() {
        onCurrent((desk, t) -> queue.counters().recall(t.id(), desk, clerk), "counter.queue.recalled");
    }

    /** The resident came to the desk (F7). */
    public void startServing() {
        onCurrent((desk, t) -> queue.counters().start(t.id(), desk, clerk), "counter.queue.started");
    }

    /** Ends the ticket with how it went (F8 for served). */
    public void finish(TicketOutcome outcome) {
        onCurrent((desk, t) -> queue.counters().finish(t.id(), outcome, desk, clerk), "counter.queue.finished");
    }

    /** The resident did not come after the repeated call (F9). */
    public void noShow() {
        onCurrent((desk, t) -> queue.counters().noShow(t.id(), desk, clerk), "counter.queue.noShowDone");
    }

    /** Sends the ticket to another service, or to one desk of it; it keeps its place in line. */
    public void redirect(long lineId, Integer toDesk) {
        onCurrent((desk, t) -> queue.counters().redirect(t.id(), lineId, toDesk, desk, clerk), "counter.queue.redirected");
    }

    /** Puts the ticket back to wait for this desk, behind those waiting now. */
    public void postpone() {
        onCurrent((desk, t) -> queue.counters().postpone(t.id(), desk, clerk), "counter.queue.postponed");
    }

    public Optional<Ticket> current() {
        return current;
    }

    @FunctionalInterface
    private interface Act {
        Optional<Refusal> on(CounterQueue.Desk desk, Ticket ticket) throws Exception;
    }

    private void onCurrent(Act act, String doneKey) {
        if (current.isEmpty()) {
            view.showRefusal(Refusal.of("counter.queue.noneServed"));
            return;
        }
        Ticket t = current.get();
        send(() -> act.on(queue.desk(), t), refusal -> {
            if (refusal.isPresent()) {
                view.showRefusal(refusal.get());
            } else {
                view.showDone(doneKey, t.label());
            }
        });
    }

    private <T> void send(Callable<T> work, java.util.function.Consumer<T> shown) {
        if (acting) {
            return;
        }
        acting = true;
        tasks.run(work, result -> {
            acting = false;
            shown.accept(result);
            reload();
        }, e -> {
            acting = false;
            view.showFailure();
        });
    }

    private record State(Optional<Ticket> current, List<Ticket> waiting, List<org.madang.core.queue.LineStatus> counts) {
    }
}
