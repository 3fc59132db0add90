package org.madang.core.payment;

/** How a fee was settled at the counter. */
public enum PayMethod {
    CASH("payment.method.cash"),
    CARD("payment.method.card"),
    TRANSFER("payment.method.transfer"),
    /** Not paid: waived on a ground the resident has (the payment names it). */
    EXEMPT("payment.method.exempt");

    private final String messageKey;

    PayMethod(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
