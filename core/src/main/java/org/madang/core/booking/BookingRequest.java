package org.madang.core.booking;

import java.util.UUID;

/**
 * A resident's wish to book a slot for a party of people.
 *
 * @param requestId chosen by the terminal, once per wish: asking again with the same id (after a
 *                  lost connection, or a double press) returns the booking already made
 * @param actor     who asked, for the audit trail: the resident at a kiosk, the clerk at a counter
 */
public record BookingRequest(long slotId, long residentId, int party, Channel channel, String requestId, String actor) {

    /** A resident's own request, with a fresh id. */
    public BookingRequest(long slotId, long residentId, int party, Channel channel) {
        this(slotId, residentId, party, channel, UUID.randomUUID().toString());
    }

    /** A resident's own request. */
    public BookingRequest(long slotId, long residentId, int party, Channel channel, String requestId) {
        this(slotId, residentId, party, channel, requestId, "resident:" + residentId);
    }
}
