package org.madang.kiosk.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.madang.core.facility.Facility;
import org.madang.ui.Messages;

/** How the booking screens write dates, times and money in the session's language. */
public final class Formats {
    private final Messages words;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    public Formats(Messages words) {
        this.words = words;
        this.date = DateTimeFormatter.ofPattern(words.get("format.date"), words.locale());
    }

    public String date(LocalDate day) {
        return day.format(date);
    }

    public String period(LocalDateTime from, LocalDateTime to) {
        String end = to.toLocalDate().equals(from.toLocalDate()) ? to.format(time) : words.get("booking.nextDay", to.format(time));
        return from.format(time) + " – " + end;
    }

    public String money(int won) {
        return won == 0 ? words.get("booking.fee.free") : words.get("money.won", String.format(words.locale(), "%,d", won));
    }

    public String fee(Facility f) {
        if (f.fee() == 0) {
            return words.get("booking.fee.free");
        }
        return words.get(f.perSeat() ? "booking.fee.perPerson" : "booking.fee.perSlot", money(f.fee()));
    }
}
