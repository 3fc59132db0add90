package org.madang.counter.reports;

import java.nio.file.Path;
import org.madang.core.report.SiteReport;

/** The report maker of the Reports workspace. */
public interface ReportsView {

    /** The period typed is not one (a month like 2026-11, a day like 2026-11-21, a range of at most a year); {@code key} says how. */
    void showPeriodRefused(String key);

    /** Work began: progress from 0, Cancel offered, the other buttons held. */
    void showWorking(int sections);

    /** {@code done} of the sections are counted. */
    void showProgress(int done);

    void showReport(SiteReport report);

    /** Stopped by Cancel: what was shown before stays. */
    void showCancelled();

    /** The database could not be read, or the file could not be written; nothing shown was lost. */
    void showFailure();

    void showExported(Path file);
}
