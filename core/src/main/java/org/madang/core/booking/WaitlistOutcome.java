package org.madang.core.booking;

import org.madang.core.Refusal;

/** What came of asking to wait for a full slot. */
public sealed interface WaitlistOutcome {
    /** On the list; {@code position} 1 is next in line. */
    record Joined(int position) implements WaitlistOutcome {
    }

    record Refused(Refusal refusal) implements WaitlistOutcome {
    }
}
