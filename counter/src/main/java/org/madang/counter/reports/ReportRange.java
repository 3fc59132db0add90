package org.madang.counter.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The spans of days a report covers, worked out from today. */
public enum ReportRange {
    TODAY, THIS_WEEK, THIS_MONTH, LAST_MONTH;

    /** The first day of the span that holds {@code today}. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
        };
    }

    /** The last day of the span (today for the spans still running). */
    public LocalDate to(LocalDate today) {
        return this == LAST_MONTH ? today.withDayOfMonth(1).minusDays(1) : today;
    }
}
