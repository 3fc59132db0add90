package org.madang.core.survey;

/** A service the kiosk completes and then asks about. */
public enum SurveyedService {
    BOOKING, BOOKING_CANCEL, COURSE, DOCUMENT, QUEUE_TICKET, CHECK_IN, WELFARE;
}
