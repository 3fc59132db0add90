package org.madang.core.booking;

/** Where a booking was made. */
public enum Channel {
    KIOSK,
    COUNTER,
    /** Won in the draw of a popular slot. */
    LOTTERY,
    /** A freed seat given to the first on the waiting list. */
    WAITLIST
}
