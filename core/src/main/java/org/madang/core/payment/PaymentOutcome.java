package org.madang.core.payment;

import org.madang.core.Refusal;

/** What recording a payment or a refund did. */
public sealed interface PaymentOutcome {
    /** Recorded, as this payment now stands. */
    record Recorded(Payment payment) implements PaymentOutcome {
    }

    /** Not recorded, and why (already paid, lapsed, not eligible, nothing to refund). */
    record Refused(Refusal refusal) implements PaymentOutcome {
    }
}
