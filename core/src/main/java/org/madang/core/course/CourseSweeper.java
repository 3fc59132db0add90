package org.madang.core.course;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.resident.ResidentMessages;

/**
 * What time does to courses, once a minute on every terminal: lotteries are drawn when their
 * enrolment closes; a course still below its minimum fill then closes (every place cancelled
 * with the whole fee given back, everyone told); a course that has begun runs; a course whose
 * last class is over finishes, and each seat becomes completed (≥ 80 % attendance) or not.
 * Each step is idempotent: a second terminal sweeping at the same time finds nothing left.
 */
public final class CourseSweeper {
    private final Jdbi jdbi;
    private final EventLog events;
    private final CourseEnrolments enrolments;
    /** The course rules as they stand (live: read again every few seconds). */
    private final java.util.function.Supplier<CoursePolicy> policyNow;
    private final RandomGenerator random;
    private final Clock clock;

    public CourseSweeper(Jdbi jdbi, EventLog events, CourseEnrolments enrolments, CoursePolicy policy, RandomGenerator random, Clock clock) {
        this(jdbi, events, enrolments, () -> policy, random, clock);
    }

    /** @param policy the course rules as they stand each time they are asked for */
    public CourseSweeper(Jdbi jdbi, EventLog events, CourseEnrolments enrolments, java.util.function.Supplier<CoursePolicy> policy,
                         RandomGenerator random, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.enrolments = enrolments;
        this.policyNow = policy;
        this.random = random;
        this.clock = clock;
    }

    /** What a sweep changed. */
    public record Swept(int drawn, int closed, int started, int finished) {
    }

    public Swept sweep() {
        int drawn = enrolments.drawDue(random);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Course> open = jdbi.withHandle(h -> h.createQuery(CourseCatalogue.SELECT + "WHERE c.status IN ('RECRUITING', 'RUNNING')")
                .map((rs, ctx) -> CourseCatalogue.course(rs)).list());
        int closed = 0;
        int started = 0;
        int finished = 0;
        for (Course c : open) {
            if ("RECRUITING".equals(c.status()) && !now.isBefore(c.enrolmentCloses())) {
                if (!policyNow.get().fillsEnough(c.enrolled(), c.capacity())) {
                    closed += jdbi.inTransaction(h -> close(h, c, now));
                } else if (!now.isBefore(c.firstSessionStart())) {
                    started += jdbi.withHandle(h -> h.createUpdate("UPDATE course SET status = 'RUNNING' WHERE id = :c AND status = 'RECRUITING'")
                            .bind("c", c.id()).execute());
                }
            }
            LocalDateTime over = c.sessionStart(c.sessions()).plusMinutes(c.minutes());
            if (!now.isBefore(over) && !"CLOSED".equals(c.status())) {
                finished += jdbi.inTransaction(h -> finish(h, c, now));
            }
        }
        return new Swept(drawn, closed, started, finished);
    }

    /** Too few enrolled when enrolment closed: the course does not run, every place is cancelled with the whole fee back. */
    private int close(Handle h, Course c, LocalDateTime now) {
        if (h.createUpdate("UPDATE course SET status = 'CLOSED', enrolled = 0 WHERE id = :c AND status = 'RECRUITING'").bind("c", c.id())
                .execute() == 0) {
            return 0;
        }
        List<Enrolment> places = h.createQuery(CourseEnrolments.SELECT + "WHERE course_id = :c AND status IN ('ENROLLED', 'WAITING', 'ENTERED')")
                .bind("c", c.id()).map((rs, ctx) -> CourseEnrolments.enrolment(rs)).list();
        for (Enrolment e : places) {
            int refund = e.status() == EnrolmentStatus.ENROLLED ? e.fee() : 0;
            h.createUpdate("UPDATE course_enrolment SET status = 'CANCELLED', cancelled_at = :now, refund = :r WHERE id = :id")
                    .bind("now", now).bind("r", refund).bind("id", e.id()).execute();
            ResidentMessages.leave(h, e.residentId(), now, "message.course.closed", c.title(), refund);
        }
        events.append(h, new EventDraft(EventType.COURSE_CLOSED, "course:" + c.code(), "system",
                Map.of("enrolled", c.enrolled(), "capacity", c.capacity(), "minimumFillPercent", policyNow.get().minimumFillPercent(),
                        "placesCancelled", places.size())));
        return 1;
    }

    /** The last class is over: each seat is completed or not by its attendance; waiting places lapse. */
    private int finish(Handle h, Course c, LocalDateTime now) {
        if (h.createUpdate("UPDATE course SET status = 'FINISHED' WHERE id = :c AND status IN ('RECRUITING', 'RUNNING')").bind("c", c.id())
                .execute() == 0) {
            return 0;
        }
        List<long[]> seats = h.createQuery("SELECT e.id, e.resident_id, (SELECT COUNT(*) FROM course_attendance a WHERE a.enrolment_id = e.id) "
                        + "FROM course_enrolment e WHERE e.course_id = :c AND e.status = 'ENROLLED'").bind("c", c.id())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        for (long[] s : seats) {
            boolean completed = policyNow.get().completes((int) s[2], c.sessions());
            h.createUpdate("UPDATE course_enrolment SET status = :st WHERE id = :id").bind("st", completed ? "COMPLETED" : "NOT_COMPLETED")
                    .bind("id", s[0]).execute();
            if (completed) {
                ResidentMessages.leave(h, s[1], now, "message.course.completed", c.title(), (int) s[2], c.sessions());
            }
        }
        h.createUpdate("UPDATE course_enrolment SET status = 'CANCELLED', cancelled_at = :now, refund = 0 WHERE course_id = :c "
                + "AND status IN ('WAITING', 'ENTERED')").bind("now", now).bind("c", c.id()).execute();
        return 1;
    }
}
