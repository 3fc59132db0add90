package org.madang.core.queue;

/** How a served ticket ended, as the clerk records it when finishing. */
public enum TicketOutcome {
    /** Done what the resident came for. */
    SERVED("queue.outcome.served"),
    /** Something was missing (a paper, a signature): the resident comes back. */
    INCOMPLETE("queue.outcome.incomplete"),
    /** Not a matter for this centre: the resident was told where to go. */
    REFERRED("queue.outcome.referred");

    private final String messageKey;

    TicketOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
