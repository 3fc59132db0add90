package org.madang.counter.today;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.booking.BookingSummary;
import org.madang.core.payment.FeeItem;

/** The Bookings workspace: the bookings made today, newest first, and the unpaid ones the sweeper is about to cancel. */
public interface TodayView {

    void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt);

    /** Unpaid fee bookings with when they lapse, soonest first. */
    void showLapsing(List<FeeItem> lapsing, LocalDateTime now);

    void showFailure();
}
