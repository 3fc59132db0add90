package org.madang.core.queue;

/** A ticket just taken, with how many are ahead of it and the likely wait. */
public record IssuedTicket(Ticket ticket, QueueLine line, int ahead, int estimatedMinutes) {
}
