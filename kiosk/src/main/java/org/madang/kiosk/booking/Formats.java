package org.madang.kiosk.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.madang.core.facility.Facility;
import org.madang.ui.Messages;

/** How the booking screens write dates, times and money in the session's language. */
final class Formats {
    private final Messages words;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    Formats(Messages words) {
        this.words = words;
        this.date = DateTimeFormatter.ofPattern(words.get("format.date"), words.locale());
    }

    String date(LocalDate day) {
        return day.format(date);
    }

    String period(LocalDateTime from, LocalDateTime to) {
        String end = to.toLocalDate().equals(from.toLocalDate()) ? to.format(time) : words.get("booking.nextDay", to.format(time));
        return from.format(time) + " – " + end;
    }

    String money(int won) {
        return won == 0 ? words.get("booking.fee.free") : words.get("money.won", String.format(words.locale(), "%,d", won));
    }

    String fee(Facility f) {
        if (f.fee() == 0) {
            return words.get("booking.fee.free");
        }
        return words.get(f.perSeat() ? "booking.fee.perPerson" : "booking.fee.perSlot", money(f.fee()));
    }
}
