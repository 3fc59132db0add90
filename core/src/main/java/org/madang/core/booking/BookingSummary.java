package org.madang.core.booking;

import java.time.LocalDateTime;
import org.madang.core.facility.Localized;

/** One line of the counter's booking table: a booking with its facility and resident named. */
public record BookingSummary(long id, String number, Localized facility, LocalDateTime startsAt, LocalDateTime endsAt,
                             String residentName, int party, int fee, PaymentState payment, Channel channel,
                             String terminalId, LocalDateTime createdAt) {
}
