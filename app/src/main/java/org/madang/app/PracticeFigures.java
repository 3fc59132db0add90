package org.madang.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.report.Period;
import org.madang.core.report.PracticeAttendance;
import org.madang.core.report.ReportTable;
import org.madang.core.site.SiteDirectory;

/**
 * The digital-learning room's records kept beside a site ({@code practice/progress}, where a
 * kiosk's "연습하기" keeps them), read for the site's reports: opened for the report and closed
 * after it, so a practising kiosk and a clerk's report share them. A site without them has no
 * practice section.
 */
final class PracticeFigures implements PracticeAttendance.Source {
    private final SiteDirectory progress;
    private final Map<String, String> env;

    PracticeFigures(SiteDirectory site, Map<String, String> env) {
        this.progress = new SiteDirectory(site.root().resolve("practice").resolve("progress"));
        this.env = Map.copyOf(env);
    }

    @Override
    public Optional<ReportTable> attendance(Period period) {
        if (!progress.hasDatabase()) {
            return Optional.empty();
        }
        try (SiteRuntime records = SiteRuntime.open(progress, SiteRuntime.loadConfig(progress, List.of(), env), Clock.systemDefaultZone())) {
            return Optional.of(PracticeAttendance.table(records.database.jdbi(), period));
        }
    }
}
