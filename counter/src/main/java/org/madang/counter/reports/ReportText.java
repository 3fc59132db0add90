package org.madang.counter.reports;

import java.text.NumberFormat;
import org.madang.core.report.ReportTable;
import org.madang.core.report.SiteReport;
import org.madang.ui.Messages;

/** A report's headings and cells in the clerk's words: the same text on the screen, in the CSV and in the PDF. */
public final class ReportText {
    private final Messages words;
    private final NumberFormat numbers;

    public ReportText(Messages words) {
        this.words = words;
        this.numbers = NumberFormat.getIntegerInstance(words.locale());
    }

    public Messages words() {
        return words;
    }

    /** A table's title or column heading. */
    public String heading(String key) {
        return words.get(key);
    }

    /** One cell: a name as it is, a count with grouping, a share in per cent, minutes with a decimal, words by their key. */
    public String cell(Object value) {
        if (value instanceof ReportTable.Word w) {
            return words.get(w.key());
        }
        if (value instanceof Long || value instanceof Integer) {
            return numbers.format(((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    /**
     * One cell for a spreadsheet: counts without grouping and shares as "31%", so they are read as
     * numbers; the rest as {@link #cell}.
     */
    public String csvCell(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return String.valueOf(((Number) value).longValue());
        }
        if (value instanceof ReportTable.Share s) {
            return s.percent() < 0 ? "" : s.percent() + "%";
        }
        return cell(value);
    }

    /** "2026-11 · 마당 행정복지센터" and when it was made. */
    public String title(SiteReport report) {
        return words.get("counter.report.title", report.siteName(), report.period().label());
    }

    public String madeAt(SiteReport report) {
        return words.get("counter.report.madeAt", report.madeAt().withNano(0).toString().replace('T', ' '));
    }

    /** Monday to Sunday in the clerk's language ("월", "Mon"). */
    public String weekday(int isoDay) {
        return java.time.DayOfWeek.of(isoDay).getDisplayName(java.time.format.TextStyle.SHORT, words.locale());
    }
}
