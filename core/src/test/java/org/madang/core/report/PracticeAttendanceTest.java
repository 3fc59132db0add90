package org.madang.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.practice.AttemptRecord;
import org.madang.core.practice.Learner;
import org.madang.core.practice.PracticeClass;
import org.madang.core.practice.PracticeRecords;
import org.madang.core.practice.Purpose;
import org.madang.core.testing.TestSite;

/** The digital-learning room's attendance in the site's report, counted by hand from a few attempts. */
class PracticeAttendanceTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final TestSite practice = TestSite.empty(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
        practice.close();
    }

    private static <T> T done(PracticeRecords.Outcome<T> o) {
        return ((PracticeRecords.Outcome.Done<T>) o).value();
    }

    private static void attempt(PracticeRecords records, Learner l, LocalDateTime at, int minutes, boolean met) {
        records.record(new AttemptRecord(0, l.id(), "booking.court", "GUIDED", Purpose.PRACTICE, at, Duration.ofMinutes(minutes), 10, 1, 0, 0, 0,
                List.of(), met));
    }

    @Test
    void learnersVisitsAttemptsGoalsAndHoursPerClassWithinTheMonth() {
        PracticeRecords records = new PracticeRecords(practice.database.jdbi(), practice.events(), practice.clock);
        PracticeClass tuesday = done(records.createClass("화요반", "박강사", List.of("booking.court"), "instructor"));
        PracticeClass friday = done(records.createClass("금요반", "김강사", List.of("booking.court"), "instructor"));
        Learner kim = done(records.addLearner(tuesday.id(), "김순자", "instructor"));
        Learner lee = done(records.addLearner(tuesday.id(), "이영희", "instructor"));
        Learner park = done(records.addLearner(friday.id(), "박말순", "instructor"));
        // 화요반: 김순자 twice on 3 November and once on 10 November (two visits), 이영희 once; one attempt in October is outside
        attempt(records, kim, LocalDateTime.of(2026, 11, 3, 10, 0), 30, false);
        attempt(records, kim, LocalDateTime.of(2026, 11, 3, 10, 40), 30, true);
        attempt(records, kim, LocalDateTime.of(2026, 11, 10, 10, 0), 60, true);
        attempt(records, lee, LocalDateTime.of(2026, 11, 3, 11, 0), 60, false);
        attempt(records, lee, LocalDateTime.of(2026, 10, 27, 11, 0), 60, true);
        // 금요반: 박말순 once on 6 November
        attempt(records, park, LocalDateTime.of(2026, 11, 6, 14, 0), 45, true);

        SiteReports reports = new SiteReports(site.database.jdbi(), site.fleet(), site.satisfaction(), site.clock, "시험 센터",
                period -> Optional.of(PracticeAttendance.table(practice.database.jdbi(), period)), ReportScope.county());
        SiteReport month = reports.make(Period.month(java.time.YearMonth.of(2026, 11)), "ko");
        ReportTable table = month.table("counter.report.practice").orElseThrow();
        assertThat(table.rows()).hasSize(3);
        // classes by name: 금요반 then 화요반; the total last
        assertThat(table.rows().get(0)).containsExactly("금요반", 1L, 1L, 1L, new ReportTable.Share(1, 1), new ReportTable.Minutes(0.75));
        assertThat(table.rows().get(1)).containsExactly("화요반", 2L, 3L, 4L, new ReportTable.Share(2, 4), new ReportTable.Minutes(3.0));
        assertThat(table.rows().get(2)).containsExactly(new ReportTable.Word("counter.report.col.total"), 3L, 4L, 5L,
                new ReportTable.Share(3, 5), new ReportTable.Minutes(3.75));

        SiteReports without = new SiteReports(site.database.jdbi(), site.fleet(), site.satisfaction(), site.clock, "시험 센터");
        assertThat(without.make(Period.month(java.time.YearMonth.of(2026, 11)), "ko").table("counter.report.practice")).isEmpty();
        assertThat(PracticeAttendance.table(practice.database.jdbi(), new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .rows()).isEmpty();
    }
}
