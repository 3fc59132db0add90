package org.madang.core.booking;

import org.madang.core.Refusal;

/** What came of a booking request: a stored booking, or a plain refusal. */
public sealed interface BookingOutcome {

    record Booked(Booking booking) implements BookingOutcome {
    }

    record Refused(Refusal refusal) implements BookingOutcome {
    }
}
