package org.madang.core.survey;

/** A kind of service the kiosk completes and then asks about (not named "...Service": it is no service class). */
public enum Completion {
    BOOKING, BOOKING_CANCEL, COURSE, DOCUMENT, QUEUE_TICKET, CHECK_IN, WELFARE;
}
