package org.madang.counter.today;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * Keeps the "today" table current: loads it once, then reloads whenever the event log shows a
 * booking made anywhere on the site (a kiosk, another counter).
 */
public final class TodayPresenter {
    private final TodayView view;
    private final CounterServices services;
    private final Tasks tasks;

    public TodayPresenter(TodayView view, CounterServices services, Tasks tasks) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
    }

    /** Loads the table and follows the event log from now on. */
    public void start() {
        start(events -> { });
    }

    /** As {@link #start()}, handing every batch of new events to {@code others} too (the other screens of the counter). */
    public void start(java.util.function.Consumer<List<Event>> others) {
        tasks.run(() -> services.events().latestId(), latest -> {
            reload();
            reloadCalls();
            services.follower().start(latest, events -> {
                eventsArrived(events);
                others.accept(events);
            });
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    void eventsArrived(List<Event> events) {
        boolean bookingsChanged = events.stream().anyMatch(e -> e.type().equals(EventType.BOOKING_CREATED.wireName())
                || e.type().equals(EventType.BOOKING_CANCELLED.wireName()));
        if (bookingsChanged) {
            tasks.onUiThread(this::reload);
        }
        boolean callsChanged = events.stream().anyMatch(e -> e.type().equals(EventType.STAFF_CALLED.wireName())
                || e.type().equals(EventType.STAFF_CALL_ANSWERED.wireName()));
        if (callsChanged) {
            tasks.onUiThread(this::reloadCalls);
        }
    }

    /** The clerk goes to help at a kiosk: the alert goes away on every counter. */
    public void answer(long callId, String clerk) {
        tasks.run(() -> services.staffCalls().answer(callId, clerk), answered -> reloadCalls(), e -> view.showFailure());
    }

    private void reloadCalls() {
        tasks.run(() -> services.staffCalls().open(), view::showStaffCalls, e -> view.showFailure());
    }

    public void reload() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        tasks.run(() -> services.bookings().madeOn(now.toLocalDate()), rows -> view.showBookings(rows, now),
                e -> view.showFailure());
    }
}
