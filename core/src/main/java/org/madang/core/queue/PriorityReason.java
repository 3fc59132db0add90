package org.madang.core.queue;

/** Why a ticket is served ahead (POLICIES.md: 65+, disability, pregnancy). */
public enum PriorityReason {
    SENIOR, DISABILITY, PREGNANCY;

    public String messageKey() {
        return "queue.priority." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
