package org.madang.core.booking;

import org.madang.core.Refusal;

/** What came of a cancellation. */
public sealed interface CancelOutcome {
    /** Cancelled; {@code refund} won are owed back at the counter. */
    record Cancelled(Booking booking, int refund) implements CancelOutcome {
    }

    record Refused(Refusal refusal) implements CancelOutcome {
    }
}
