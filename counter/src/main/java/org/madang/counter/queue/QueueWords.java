package org.madang.counter.queue;

import org.madang.core.queue.TicketStatus;

/** The message key of a ticket's state at the counter. */
final class QueueWords {
    private QueueWords() {
    }

    static String status(TicketStatus status) {
        return switch (status) {
            case WAITING -> "counter.ticket.waiting";
            case CALLED -> "counter.ticket.called";
            case SERVING -> "counter.ticket.serving";
            case DONE -> "counter.ticket.done";
            case NO_SHOW -> "counter.ticket.noShow";
            case CANCELLED -> "counter.ticket.cancelled";
        };
    }
}
