package org.madang.core.booking;

/** Where a booking stands. */
public enum BookingStatus {
    /** Made; the seats are taken. */
    BOOKED("booking.status.booked"),
    /** The resident arrived and scanned the receipt. */
    CHECKED_IN("booking.status.checkedIn"),
    /** Not checked in in time: a penalty was given; the seats stay taken. */
    NO_SHOW("booking.status.noShow"),
    /** Cancelled by the resident, the counter, or for want of payment: the seats are free again. */
    CANCELLED("booking.status.cancelled");

    private final String messageKey;

    BookingStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Whether the booking still holds its seats and counts against the resident's limits. */
    public boolean holdsSeats() {
        return this != CANCELLED;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The statuses that hold seats, for SQL {@code IN} lists. */
    static final String HOLDING_SQL = "('BOOKED', 'CHECKED_IN', 'NO_SHOW')";
}
