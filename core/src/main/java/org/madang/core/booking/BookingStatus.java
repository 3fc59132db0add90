package org.madang.core.booking;

/** Where a booking stands. */
public enum BookingStatus {
    /** Made; the seats are taken. */
    BOOKED,
    /** The resident arrived and scanned the receipt. */
    CHECKED_IN,
    /** Not checked in in time: a penalty was given; the seats stay taken. */
    NO_SHOW,
    /** Cancelled by the resident, the counter, or for want of payment: the seats are free again. */
    CANCELLED;

    /** Whether the booking still holds its seats and counts against the resident's limits. */
    public boolean holdsSeats() {
        return this != CANCELLED;
    }

    public String messageKey() {
        return "booking.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The statuses that hold seats, for SQL {@code IN} lists. */
    static final String HOLDING_SQL = "('BOOKED', 'CHECKED_IN', 'NO_SHOW')";
}
