package org.madang.core.queue;

import java.time.Duration;

/**
 * The fairness rule of priority tickets (POLICIES.md): priority tickets are served first, but
 * at most {@code maxPriorityInRow} in a row while a regular ticket has waited longer than
 * {@code regularWaitLimit}.
 */
public record QueuePolicy(int maxPriorityInRow, Duration regularWaitLimit) {
    public static final QueuePolicy DEFAULTS = new QueuePolicy(2, Duration.ofMinutes(15));
}
