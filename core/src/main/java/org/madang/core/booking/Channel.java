package org.madang.core.booking;

/** Where a booking was made. */
public enum Channel {
    KIOSK, COUNTER
}
