package org.madang.core.booking;

/**
 * What cancelling a booking now would give back, shown before the resident confirms.
 *
 * @param percent share of the paid fee refunded
 * @param refund  won refunded (0 when nothing was paid)
 * @param paid    whether the fee was paid (an unpaid booking is simply released)
 */
public record CancelQuote(Booking booking, int percent, int refund, boolean paid) {
}
