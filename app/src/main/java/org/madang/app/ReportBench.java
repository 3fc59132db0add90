package org.madang.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.report.Period;
import org.madang.core.report.SiteReport;
import org.madang.core.report.SiteReports;
import org.madang.counter.reports.ReportExports;
import org.madang.counter.reports.ReportText;
import org.madang.ui.Messages;

/**
 * {@code madang bench report}: the figures issue 19 asks for, on a fresh county-scale demo site —
 * this month's report: time to the figures (the first, cold, and the median of warm rounds), to
 * the PDF and to the CSV. A benchmark, not a test.
 */
final class ReportBench {
    private final PrintWriter out;
    private final int rounds;

    ReportBench(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = Math.max(1, rounds);
    }

    void run() throws Exception {
        try (BenchSite bench = BenchSite.county(out)) {
            Path root = bench.root;
            try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
                long bookings = site.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM booking").mapTo(Long.class).one());
                Period month = Period.month(YearMonth.now(site.clock));
                SiteReports reports = site.reports(site.events());
                ReportText text = new ReportText(Messages.forLanguage("ko"));
                Optional<Path> font = org.madang.core.document.DocumentFonts.find(site.config.ui().font());
                ReportExports files = new ReportExports(text, font);
                double[] figures = new double[rounds];
                double[] pdf = new double[rounds];
                double[] csv = new double[rounds];
                double firstFigures = 0;
                double firstPdf = 0;
                SiteReport report = null;
                int pdfBytes = 0;
                for (int r = -1; r < rounds; r++) {
                    long a = System.nanoTime();
                    report = reports.make(month, "ko");
                    long b = System.nanoTime();
                    ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
                    if (font.isPresent()) {
                        files.pdf(report, pdfOut);
                    }
                    long c = System.nanoTime();
                    ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
                    try (OutputStreamWriter w = new OutputStreamWriter(csvOut, StandardCharsets.UTF_8)) {
                        files.csv(report, w);
                    }
                    long d = System.nanoTime();
                    pdfBytes = pdfOut.size();
                    if (r < 0) {
                        firstFigures = (b - a) / 1e6;
                        firstPdf = (c - b) / 1e6;
                    } else {
                        figures[r] = (b - a) / 1e6;
                        pdf[r] = (c - b) / 1e6;
                        csv[r] = (d - c) / 1e6;
                    }
                }
                Object made = report.table("counter.report.summary").orElseThrow().rows().get(0).get(1);
                out.printf("Report for %s over %,d bookings on the site (%s booked that month), %d tables%n", month.label(), bookings, made,
                        report.tables().size());
                out.printf("to figures: first %.0f ms, then median %.0f ms (min %.0f, max %.0f) over %d rounds%n", firstFigures,
                        median(figures), min(figures), max(figures), rounds);
                if (font.isPresent()) {
                    out.printf("to PDF (after the figures): first %.0f ms, then median %.0f ms; %,d bytes%n", firstPdf, median(pdf), pdfBytes);
                } else {
                    out.println("to PDF: skipped, no TrueType font with Hangul (install fonts-nanum)");
                }
                out.printf("to CSV (after the figures): median %.1f ms%n", median(csv));
                year(reports, new Period(month.to().minusYears(1).plusDays(1), month.to()));
            }
        }
        out.flush();
    }

    /**
     * The twelve months to the end of this one, twice: time to the figures, and the longest
     * stretch between two sections (the most a clerk's Cancel waits to be heard).
     */
    private void year(SiteReports reports, Period year) {
        for (int r = 0; r < 2; r++) {
            long[] last = {System.nanoTime()};
            double[] longest = {0};
            long start = last[0];
            reports.make(year, "ko", done -> {
                long now = System.nanoTime();
                longest[0] = Math.max(longest[0], (now - last[0]) / 1e6);
                last[0] = now;
            }, () -> false);
            out.printf("a year (%s), %s: figures %.0f ms; longest section %.0f ms (Cancel is heard between sections)%n", year.label(),
                    r == 0 ? "first" : "again", (System.nanoTime() - start) / 1e6, longest[0]);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
