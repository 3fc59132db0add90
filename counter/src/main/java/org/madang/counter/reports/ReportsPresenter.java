package org.madang.counter.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.madang.core.report.Period;
import org.madang.core.report.SiteReport;
import org.madang.core.report.SiteReports;
import org.madang.ui.Tasks;

/**
 * Makes the centre's report for the period the clerk chose — a day, a month or any range — off
 * the UI thread with progress and Cancel, and writes the one shown to CSV or PDF (through a
 * temporary file, so a failed write leaves no half file).
 */
public final class ReportsPresenter {
    /** What the clerk reports on. */
    public enum Span { DAY, MONTH, RANGE }

    private final ReportsView view;
    private final SiteReports reports;
    private final Optional<SiteReports> county;
    private final ReportFiles files;
    private final Clock clock;
    private final Tasks tasks;
    private final String language;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private SiteReport shown;

    public ReportsPresenter(ReportsView view, SiteReports reports, ReportFiles files, Clock clock, Tasks tasks, String language) {
        this(view, reports, Optional.empty(), files, clock, tasks, language);
    }

    /**
     * @param county the whole county's reports, offered beside the centre's to the county's staff
     *               signed in at a terminal of a county; empty for everyone else
     */
    public ReportsPresenter(ReportsView view, SiteReports reports, Optional<SiteReports> county, ReportFiles files, Clock clock, Tasks tasks,
                            String language) {
        this.view = view;
        this.reports = reports;
        this.county = county;
        this.files = files;
        this.clock = clock;
        this.tasks = tasks;
        this.language = language;
    }

    /** The period the workspace opens with: this month so far. */
    public String defaultText(Span span) {
        LocalDate today = LocalDate.now(clock);
        return switch (span) {
            case DAY -> today.toString();
            case MONTH -> YearMonth.from(today).toString();
            case RANGE -> today.withDayOfMonth(1) + " ~ " + today;
        };
    }

    /** The period typed for {@code span}, or empty after telling {@code refused} the words' key saying why it is not one. */
    public static Optional<Period> period(Span span, String typed, java.util.function.Consumer<String> refused) {
        String t = typed == null ? "" : typed.strip();
        String badKey = switch (span) {
            case DAY -> "counter.report.period.day";
            case MONTH -> "counter.report.period.month";
            case RANGE -> "counter.report.period.range";
        };
        try {
            if (span == Span.DAY) {
                return Optional.of(Period.day(LocalDate.parse(t)));
            }
            if (span == Span.MONTH) {
                return Optional.of(Period.month(YearMonth.parse(t)));
            }
            String[] ends = t.split("\\s*[~–]\\s*|\\s+to\\s+|\\.\\.");
            if (ends.length != 2) {
                refused.accept(badKey);
                return Optional.empty();
            }
            return Optional.of(new Period(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip())));
        } catch (DateTimeException e) {
            refused.accept(badKey);
        } catch (IllegalArgumentException e) {
            refused.accept(e.getMessage().contains("at most") ? "counter.report.period.tooLong" : "counter.report.period.backwards");
        }
        return Optional.empty();
    }

    /** Whether the clerk may choose the whole county's report besides the centre's. */
    public boolean offersCounty() {
        return county.isPresent();
    }

    /** The centre's report for the period typed. */
    public void make(Span span, String typed) {
        make(span, typed, false);
    }

    /** The report for the period typed: the whole county's with {@code wholeCounty} (when {@link #offersCounty()}), else the centre's. */
    public void make(Span span, String typed, boolean wholeCounty) {
        SiteReports reports = wholeCounty ? county.orElse(this.reports) : this.reports;
        Optional<Period> period = period(span, typed, view::showPeriodRefused);
        if (period.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        view.showWorking(SiteReports.SECTIONS);
        tasks.run(() -> reports.make(period.get(), language, done -> tasks.onUiThread(() -> {
            if (!stop.get()) {
                view.showProgress(done);
            }
        }), stop::get), report -> {
            if (!stop.get()) {
                shown = report;
                view.showReport(report);
            }
        }, e -> {
            if (e instanceof CancellationException || stop.get()) {
                view.showCancelled();
            } else {
                view.showFailure();
            }
        });
    }

    /** Stops the report being made; its result, should it come, is not shown. */
    public void cancel() {
        cancelled.set(true);
        view.showCancelled();
    }

    /** The report shown now, if any. */
    public Optional<SiteReport> shown() {
        return Optional.ofNullable(shown);
    }

    /** A file name for the report shown: madang-report-2026-11.pdf. */
    public Optional<String> suggestedName(String extension) {
        return shown().map(r -> "madang-report-" + r.period().label().replace("..", "_") + "." + extension);
    }

    public void exportCsv(Path file) {
        export(file, out -> {
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                files.csv(shown, w);
            }
        });
    }

    public void exportPdf(Path file) {
        export(file, out -> files.pdf(shown, out));
    }

    private void export(Path file, Output output) {
        if (shown == null) {
            return;
        }
        tasks.run(() -> {
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                output.write(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        }, view::showExported, e -> view.showFailure());
    }

    @FunctionalInterface
    private interface Output {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a report to CSV and PDF in the clerk's words. */
    public interface ReportFiles {
        void csv(SiteReport report, Writer out) throws IOException;

        void pdf(SiteReport report, OutputStream out) throws IOException;
    }
}
