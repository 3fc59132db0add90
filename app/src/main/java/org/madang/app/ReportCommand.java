package org.madang.app;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.madang.core.report.Period;
import org.madang.core.report.SiteReport;
import org.madang.core.site.SiteDirectory;
import org.madang.counter.reports.ReportExports;
import org.madang.counter.reports.ReportText;
import org.madang.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madang report}: the centre's daily, monthly or any-range report as PDF or CSV — the figures of the counter's Reports workspace. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "The centre's report — bookings and how full each facility was (by weekday and hour too), no-shows and bans, fees and",
        "refunds by method, courses, documents by channel, queue waits (p50/p90), kiosk uptime, satisfaction — as PDF or CSV.",
        "Examples: madang report monthly --month 2026-11 --out r.pdf; madang report daily --date 2026-11-21 --out d.csv"})
final class ReportCommand extends SiteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "daily|monthly|range", description = "A day (--date), a month (--month) or a range (--from, --to).")
    String kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of a daily report.")
    String date;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month of a monthly report.")
    String month;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The first day of a range (at most 366 days).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last day of a range.")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.csv", description = "Where to write it; .pdf or .csv says which.")
    Path out;

    @Option(names = "--county", description = {"The whole county's report: every centre of the database (a county's supervisor);",
            "without it, this centre's own (site.code)."})
    boolean county;

    @Option(names = "--lang", paramLabel = "ko|en", description = "The report's language (default: the site's first).")
    String lang;

    @Override
    public Integer call() throws Exception {
        Period period = period();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".csv")) {
            throw new UsageException("madang report: --out " + out + " ends neither in .pdf nor in .csv");
        }
        Path root = site();
        SiteDirectory dir = new SiteDirectory(root);
        try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang report")) {
            String language = Languages.choose(lang, site.config);
            ReportText text = new ReportText(Messages.forLanguage(language));
            java.util.Optional<Path> font = org.madang.core.document.DocumentFonts.find(site.config.ui().font());
            if (pdf && font.isEmpty()) {
                throw new UsageException("madang report: " + org.madang.core.document.DocumentFonts.missing() + " (or write --out FILE.csv)");
            }
            long started = System.nanoTime();
            SiteReport report = site.reports(site.events(), county).make(period, language);
            long figures = System.nanoTime();
            ReportExports files = new ReportExports(text, font);
            Path absolute = out.toAbsolutePath();
            Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(part)) {
                if (pdf) {
                    files.pdf(report, stream);
                } else {
                    Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    files.csv(report, w);
                    w.flush();
                }
            } catch (java.io.IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            long written = System.nanoTime();
            out().printf("Wrote %s (%s report %s: figures %d ms, %s %d ms)%n", absolute, site.config.site().name(), period.label(),
                    (figures - started) / 1_000_000, pdf ? "PDF" : "CSV", (written - figures) / 1_000_000);
            out().flush();
        }
        return 0;
    }

    private Period period() {
        try {
            return switch (kind) {
                case "daily" -> Period.day(LocalDate.parse(required("--date", date)));
                case "monthly" -> Period.month(YearMonth.parse(required("--month", month)));
                case "range" -> new Period(LocalDate.parse(required("--from", from)), LocalDate.parse(required("--to", to)));
                default -> throw new UsageException("madang report: '" + kind + "' is not a report (daily, monthly or range)");
            };
        } catch (DateTimeException e) {
            throw new UsageException("madang report: " + e.getMessage().replaceFirst("^Text '", "'") + " (dates are YYYY-MM-DD, months YYYY-MM)");
        } catch (IllegalArgumentException e) {
            throw new UsageException("madang report: " + e.getMessage());
        }
    }

    private String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException("madang report " + kind + " needs " + option);
        }
        return value;
    }
}
