package org.madang.core.queue;

/** Where a queue ticket stands. */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED
}
