package org.madang.core.report;

import java.util.List;

/**
 * One table of a report, as the screen, the CSV and the PDF all show it: a title and column
 * headings (message keys; the caller words them) and rows of values — text, whole numbers, or a
 * {@link Share} — in the report's language.
 */
public record ReportTable(String titleKey, List<String> columnKeys, List<List<Object>> rows) {
    public ReportTable {
        columnKeys = List.copyOf(columnKeys);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columnKeys.size()) {
                throw new IllegalArgumentException(titleKey + ": a row of " + row.size() + " values under " + columnKeys.size() + " columns");
            }
        }
    }

    /** A part of a whole, shown as a percentage; no whole shows as a dash. */
    public record Share(long part, long whole) {
        /** Whole per cent, rounded; -1 without a whole. */
        public int percent() {
            return whole <= 0 ? -1 : (int) Math.round(100.0 * part / whole);
        }

        @Override
        public String toString() {
            return whole <= 0 ? "–" : percent() + " %";
        }
    }

    /** Words the caller looks up by message key (a payment method, a figure's name). */
    public record Word(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    /** Minutes of waiting (or hours up), with one decimal. */
    public record Minutes(double value) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
    }
}
