package org.madang.core.payment;

import java.time.LocalDateTime;
import org.madang.core.facility.Localized;

/**
 * A fee waiting to be paid at the counter: a booking, a course place or an issued document.
 *
 * @param what      the facility, course or document type
 * @param when      when it is used: the booked time, the course's first class, the issue time
 * @param reference what the resident holds: the booking or document number, the course code
 * @param payBy     when the sweeper cancels it unpaid (bookings only); null when nothing lapses
 */
public record FeeItem(ItemKind kind, long itemId, long residentId, String residentName, int fee, Localized what,
                      LocalDateTime when, String reference, LocalDateTime payBy) {
}
