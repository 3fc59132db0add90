package org.madang.core.queue;

import org.madang.core.Refusal;

/** What "call next" did at a desk. */
public sealed interface CallOutcome {
    /** This ticket is called to the desk now. */
    record Called(Ticket ticket) implements CallOutcome {
    }

    /** Nobody waits for the desk's services. */
    record NobodyWaiting() implements CallOutcome {
    }

    /** Not now, and why (the desk's ticket is not finished yet). */
    record Refused(Refusal refusal) implements CallOutcome {
    }
}
