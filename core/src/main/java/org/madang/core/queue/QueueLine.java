package org.madang.core.queue;

import org.madang.core.facility.Localized;

/**
 * A service residents take tickets for (civil affairs, welfare consultation…), with the letter
 * its tickets start with and the minutes one ticket takes on average.
 */
public record QueueLine(long id, String code, char prefix, Localized name, int minutesPerTicket) {
}
