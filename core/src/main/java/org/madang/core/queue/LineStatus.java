package org.madang.core.queue;

/**
 * A service as the ticket screen shows it.
 *
 * @param waiting         tickets not yet called
 * @param estimatedMinutes a new regular ticket's likely wait
 */
public record LineStatus(QueueLine line, int waiting, int estimatedMinutes) {
}
