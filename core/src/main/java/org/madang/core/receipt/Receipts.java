package org.madang.core.receipt;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.madang.core.booking.Booking;
import org.madang.core.booking.CheckInToken;
import org.madang.core.facility.Facility;
import org.madang.hardware.receipt.Receipt;

/** Composes the device-neutral receipts the services hand to a receipt printer. */
public final class Receipts {
    private final String siteName;
    private final CheckInToken tokens;
    private final Clock clock;

    public Receipts(String siteName, CheckInToken tokens, Clock clock) {
        this.siteName = siteName;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The receipt of a new booking, with the check-in QR, in the session's language. */
    public Receipt booking(Booking booking, Facility facility, Labels labels) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(labels.get("format.date"), labels.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", labels.locale());
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", labels.locale());
        return Receipt.builder()
                .title(siteName)
                .centred(labels.get("receipt.booking.title"))
                .rule()
                .bold(facility.name().in(labels.language()))
                .row(labels.get("receipt.date"), booking.startsAt().format(day))
                .row(labels.get("receipt.time"), booking.startsAt().format(time) + " – " + booking.endsAt().format(time))
                .row(labels.get("receipt.party"), labels.get("receipt.people", booking.party()))
                .row(labels.get("receipt.fee"), labels.get("money.won", String.format(labels.locale(), "%,d", booking.fee())))
                .row(labels.get("receipt.payment"), labels.get(booking.payment().messageKey()))
                .row(labels.get("receipt.number"), booking.number())
                .rule()
                .qr(tokens.issue(booking.number()))
                .centred(labels.get("receipt.checkin"))
                .rule()
                .text(labels.get("receipt.cancelRule"))
                .centred(LocalDateTime.now(clock).format(stamp) + " · " + booking.terminalId())
                .cut()
                .build();
    }
}
