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
        tasks.run(() -> services.events().latestId(), latest -> {
            reload();
            services.follower().start(latest, this::eventsArrived);
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    void eventsArrived(List<Event> events) {
        boolean bookingsChanged = events.stream().anyMatch(e -> e.type().equals(EventType.BOOKING_CREATED.wireName()));
        if (bookingsChanged) {
            tasks.onUiThread(this::reload);
        }
    }

    public void reload() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        tasks.run(() -> services.bookings().madeOn(now.toLocalDate()), rows -> view.showBookings(rows, now),
                e -> view.showFailure());
    }
}
