package org.madang.core.booking;

/** A resident's wish to book a slot for a party of people. */
public record BookingRequest(long slotId, long residentId, int party, Channel channel) {
}
