package org.madang.core.booking;

import java.util.UUID;

/**
 * A resident's wish to book a slot for a party of people.
 *
 * @param requestId chosen by the terminal, once per wish: asking again with the same id (after a
 *                  lost connection, or a double press) returns the booking already made
 */
public record BookingRequest(long slotId, long residentId, int party, Channel channel, String requestId) {

    /** A request with a fresh id. */
    public BookingRequest(long slotId, long residentId, int party, Channel channel) {
        this(slotId, residentId, party, channel, UUID.randomUUID().toString());
    }
}
