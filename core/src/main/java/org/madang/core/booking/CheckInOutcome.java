package org.madang.core.booking;

import org.madang.core.Refusal;
import org.madang.core.facility.Facility;

/** What came of scanning a booking receipt at check-in. */
public sealed interface CheckInOutcome {
    record CheckedIn(Booking booking, Facility facility) implements CheckInOutcome {
    }

    record Refused(Refusal refusal) implements CheckInOutcome {
    }
}
