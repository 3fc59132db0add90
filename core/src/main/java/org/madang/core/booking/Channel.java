package org.madang.core.booking;

/** Where a booking was made. */
public enum Channel {
    KIOSK,
    /** At the counter, the resident at the desk. */
    COUNTER,
    /** At the counter, for a resident who telephoned. */
    PHONE,
    /** Won in the draw of a popular slot. */
    LOTTERY,
    /** A freed seat given to the first on the waiting list. */
    WAITLIST
}
