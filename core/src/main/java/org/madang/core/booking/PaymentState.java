package org.madang.core.booking;

/** Whether a booking's fee is settled. */
public enum PaymentState {
    /** To be paid at the counter. */
    UNPAID("booking.payment.unpaid"),
    /** Paid at the counter. */
    PAID("booking.payment.paid"),
    /** No fee. */
    FREE("booking.payment.free");

    private final String messageKey;

    PaymentState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
