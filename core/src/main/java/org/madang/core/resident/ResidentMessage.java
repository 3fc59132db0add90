package org.madang.core.resident;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Something a resident is told at their next visit (a lottery result, a seat from the waiting
 * list, a booking cancelled for want of payment): a message key and its typed values.
 */
public record ResidentMessage(long id, long residentId, LocalDateTime createdAt, String messageKey, List<Object> args) {
    public ResidentMessage {
        args = List.copyOf(args);
    }
}
