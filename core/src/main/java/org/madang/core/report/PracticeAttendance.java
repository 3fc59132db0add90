package org.madang.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The digital-learning room's attendance over a period, from the practice records a centre
 * keeps beside its site (PRACTICE.md "Measured progress"): per class, the learners who came, the
 * visits (a learner on a day), the attempts, the share that met the lesson's goal, and the hours
 * practised. A centre without practice records has no such section.
 */
public final class PracticeAttendance {
    /** The records to read, when the centre keeps them. */
    @FunctionalInterface
    public interface Source {
        /** The attendance table over the period; empty when the centre keeps no practice records. */
        Optional<ReportTable> attendance(Period period);

        Source NONE = period -> Optional.empty();
    }

    private PracticeAttendance() {
    }

    /** The table from the practice records' database. */
    public static ReportTable table(Jdbi practice, Period p) {
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[5];
        practice.useHandle(h -> h.createQuery("SELECT c.name, COUNT(DISTINCT l.id), "
                        + "COUNT(DISTINCT CAST(l.id AS VARCHAR) || '/' || CAST(CAST(a.started_at AS DATE) AS VARCHAR)), COUNT(a.id), "
                        + "SUM(CASE WHEN a.goal_met THEN 1 ELSE 0 END), SUM(a.took_ms) FROM practice_attempt a "
                        + "JOIN practice_learner l ON l.id = a.learner_id JOIN practice_class c ON c.id = l.class_id "
                        + "WHERE a.started_at >= :from AND a.started_at < :until GROUP BY c.name ORDER BY c.name")
                .bind("from", p.from().atStartOfDay()).bind("until", p.to().plusDays(1).atStartOfDay())
                .map((rs, ctx) -> {
                    long[] n = {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                    for (int i = 0; i < n.length; i++) {
                        total[i] += n[i];
                    }
                    return List.<Object>of(rs.getString(1), n[0], n[1], n[2], new ReportTable.Share(n[3], n[2]),
                            new ReportTable.Minutes(n[4] / 3_600_000.0));
                }).forEach(rows::add));
        if (rows.size() > 1) {
            rows.add(List.of(new ReportTable.Word("counter.report.col.total"), total[0], total[1], total[2],
                    new ReportTable.Share(total[3], total[2]), new ReportTable.Minutes(total[4] / 3_600_000.0)));
        }
        return new ReportTable("counter.report.practice", List.of("counter.report.col.class", "counter.report.col.learners",
                "counter.report.col.visits", "counter.report.col.attempts", "counter.report.col.goalsMet", "counter.report.col.hoursPractised"),
                rows);
    }
}
