package org.madang.core.payment;

/** What a fee is for. */
public enum ItemKind {
    BOOKING("payment.kind.booking"),
    COURSE("payment.kind.course"),
    DOCUMENT("payment.kind.document");

    private final String messageKey;

    ItemKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
