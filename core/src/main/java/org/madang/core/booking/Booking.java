package org.madang.core.booking;

import java.time.LocalDateTime;

/**
 * A stored booking of a slot by a resident.
 *
 * @param payBy       when an unpaid booking is cancelled; null once paid or when free
 * @param checkedInAt when the resident checked in; null before
 */
public record Booking(long id, long slotId, long facilityId, long residentId, LocalDateTime startsAt,
                      LocalDateTime endsAt, int party, int fee, FeeBasis feeBasis, PaymentState payment,
                      BookingStatus status, Channel channel, String terminalId, LocalDateTime createdAt,
                      LocalDateTime payBy, LocalDateTime checkedInAt) {

    /** The number printed on the receipt. */
    public String number() {
        return BookingNumber.of(id);
    }
}
