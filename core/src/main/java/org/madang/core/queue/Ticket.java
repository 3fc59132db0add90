package org.madang.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A numbered queue ticket of one service and day.
 *
 * @param reason why it is a priority ticket; null for a regular one
 * @param calledAt when a counter called it; null before
 * @param counterId the counter that called it; null before
 */
public record Ticket(long id, long lineId, char prefix, LocalDate day, int number, PriorityReason reason, TicketStatus status,
                     LocalDateTime issuedAt, LocalDateTime calledAt, String counterId) {

    public boolean priority() {
        return reason != null;
    }

    /** The number as printed and called: the service's letter and three digits, A007. */
    public String label() {
        return prefix + String.format("%03d", number);
    }
}
