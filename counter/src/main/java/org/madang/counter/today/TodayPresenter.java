package org.madang.counter.today;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.counter.CounterServices;
import org.madang.ui.Tasks;

/**
 * Keeps the Bookings workspace current: today's bookings and the unpaid ones about to lapse,
 * reloaded whenever the event log shows a booking made, cancelled or paid anywhere on the site.
 */
public final class TodayPresenter {
    /** Unpaid bookings lapsing within this time are listed. */
    static final java.time.Duration LAPSING_WITHIN = java.time.Duration.ofDays(2);

    private final TodayView view;
    private final CounterServices services;
    private final Tasks tasks;

    public TodayPresenter(TodayView view, CounterServices services, Tasks tasks) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        boolean changed = events.stream().anyMatch(e -> e.is(EventType.BOOKING_CREATED, EventType.BOOKING_CANCELLED, EventType.PAYMENT_RECORDED));
        if (changed) {
            tasks.onUiThread(this::reload);
        }
    }

    public void reload() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        tasks.run(() -> services.bookings().madeOn(now.toLocalDate()), rows -> view.showBookings(rows, now),
                e -> view.showFailure());
        tasks.run(() -> services.cashier().due().lapsingBy(now.plus(LAPSING_WITHIN)), rows -> view.showLapsing(rows, now),
                e -> view.showFailure());
    }
}
