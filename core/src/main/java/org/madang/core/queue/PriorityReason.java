package org.madang.core.queue;

/** Why a ticket is served ahead (POLICIES.md: 65+, disability, pregnancy). */
public enum PriorityReason {
    SENIOR("queue.priority.senior"),
    DISABILITY("queue.priority.disability"),
    PREGNANCY("queue.priority.pregnancy");

    private final String messageKey;

    PriorityReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
