package org.madang.counter.today;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.booking.BookingSummary;
import org.madang.core.terminal.StaffCall;

/** The counter's "today" screen: the bookings made today, newest first. */
public interface TodayView {

    void showBookings(List<BookingSummary> bookings, LocalDateTime updatedAt);

    /** Kiosks where a resident pressed "call staff" and no clerk has answered yet; empty hides the alert. */
    void showStaffCalls(List<StaffCall> open);

    void showFailure();
}
