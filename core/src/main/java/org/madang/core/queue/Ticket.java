package org.madang.core.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A numbered queue ticket of one service and day.
 *
 * @param reason      why it is a priority ticket; null for a regular one
 * @param calledAt    when a counter last called it; null before
 * @param counterId   the counter terminal that called it; null before
 * @param desk        the desk number it was called to; null before
 * @param recalls     how many times the call was repeated on the board
 * @param serveLineId the service it was redirected to; null when it waits for its own
 * @param serveDesk   the only desk that may call it (a redirect to a named desk); null for any
 * @param queuedAt    its place in line: the issue time, kept through a redirect, the time of a postponement
 */
public record Ticket(long id, long lineId, char prefix, LocalDate day, int number, PriorityReason reason, TicketStatus status,
                     LocalDateTime issuedAt, LocalDateTime calledAt, String counterId, Integer desk, int recalls, Long serveLineId,
                     Integer serveDesk, LocalDateTime queuedAt) {

    public boolean priority() {
        return reason != null;
    }

    /** The service whose counters call it now: the one it was redirected to, else its own. */
    public long servedLineId() {
        return serveLineId != null ? serveLineId : lineId;
    }

    /** The number as printed and called: the service's letter and three digits, A007. */
    public String label() {
        return prefix + String.format("%03d", number);
    }

    Ticket with(TicketStatus newStatus, LocalDateTime newCalledAt, String newCounter, Integer newDesk, int newRecalls) {
        return new Ticket(id, lineId, prefix, day, number, reason, newStatus, issuedAt, newCalledAt, newCounter, newDesk, newRecalls,
                serveLineId, serveDesk, queuedAt);
    }
}
