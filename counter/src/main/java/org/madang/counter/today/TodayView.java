package org.madang.counter.today;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.booking.BookingSummary;

/** The counter's "today" screen: the bookings made today, newest first. */
public interface TodayView {

    void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt);

    void showFailure();
}
