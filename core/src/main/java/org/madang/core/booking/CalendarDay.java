package org.madang.core.booking;

import java.time.LocalDate;

/**
 * One day of a facility's calendar: how many times are free, and where the day stands in the
 * booking window (open, not yet open, taking lottery entries, closed).
 */
public record CalendarDay(LocalDate day, int freeSlots, int slots, BookingCalendar.Phase phase) {

    /** Whether a resident can go on to this day's times now: open (to book, or to wait for a full time), or taking lottery entries. */
    public boolean choosable() {
        return slots > 0 && (phase instanceof BookingCalendar.Phase.Open || phase instanceof BookingCalendar.Phase.LotteryEntry);
    }
}
