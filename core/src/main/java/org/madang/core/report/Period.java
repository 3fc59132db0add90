package org.madang.core.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days a report covers, both included. */
public record Period(LocalDate from, LocalDate to) {
    /** The longest span one report covers: a county's year (and a leap day). */
    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report needs its first and last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a report's last day (" + to + ") is before its first (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days: " + from + " to " + to);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** "2026-11" for a whole month, "2026-11-21" for a day, "2026-11-01..2026-11-15" otherwise (file names, titles). */
    public String label() {
        if (from.equals(to)) {
            return from.toString();
        }
        YearMonth m = YearMonth.from(from);
        if (from.equals(m.atDay(1)) && to.equals(m.atEndOfMonth())) {
            return m.toString();
        }
        return from + ".." + to;
    }
}
