package org.madang.core.booking;

import java.time.LocalDateTime;

/** A stored booking of a slot by a resident. */
public record Booking(long id, long slotId, long facilityId, long residentId, LocalDateTime startsAt,
                      LocalDateTime endsAt, int party, int fee, PaymentState payment, Channel channel,
                      String terminalId, LocalDateTime createdAt) {

    /** The number printed on the receipt. */
    public String number() {
        return BookingNumber.of(id);
    }
}
