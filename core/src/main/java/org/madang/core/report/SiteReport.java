package org.madang.core.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a centre over a period, in one language: the summary, then a table per subject
 * (facilities, money, courses, documents, the queue, kiosks, satisfaction), and the heat map of
 * bookings by weekday and hour. The screen, the CSV and the PDF all show exactly these.
 */
public record SiteReport(String siteName, Period period, String language, LocalDateTime madeAt, List<ReportTable> tables, HeatMap heat) {
    public SiteReport {
        tables = List.copyOf(tables);
    }

    /** The table with this title, if the report has it. */
    public Optional<ReportTable> table(String titleKey) {
        return tables.stream().filter(t -> t.titleKey().equals(titleKey)).findFirst();
    }

    /**
     * How full the facilities were by weekday (Monday first) and hour: seats or courts booked over
     * those offered, per cent; -1 where nothing was offered.
     */
    public record HeatMap(int firstHour, int lastHour, int[][] percent) {
        public HeatMap {
            int[][] copy = new int[7][];
            for (int d = 0; d < 7; d++) {
                copy[d] = percent[d].clone();
            }
            percent = copy;
        }

        /** The share booked on {@code weekday} (1 = Monday) at {@code hour}; -1 when nothing was offered. */
        public int at(int weekday, int hour) {
            return hour < firstHour || hour > lastHour ? -1 : percent[weekday - 1][hour - firstHour];
        }
    }
}
