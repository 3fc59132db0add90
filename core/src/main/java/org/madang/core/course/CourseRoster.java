package org.madang.core.course;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;

/**
 * A class's register at the counter (출석부): who is enrolled, who came to a session (by the
 * kiosk's QR check-in or marked here). A clerk marks those who came without checking in, and
 * takes back a mark made in error; each mark and each taking back is an event. A session not
 * yet begun has no register.
 */
public final class CourseRoster {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public CourseRoster(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** One enrolled resident on the register. */
    public record Line(long enrolmentId, long residentId, String name, boolean present, int attended) {
    }

    /** A session's register. */
    public record Register(Course course, int session, LocalDateTime starts, List<Line> lines) {
    }

    /** Courses whose classes are under way this term (a session has begun, the last one is at most a week ago), by day and time. */
    public List<Course> running() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> h.createQuery(CourseCatalogue.SELECT + "WHERE c.status IN ('RECRUITING', 'RUNNING', 'CLOSED') "
                        + "ORDER BY c.weekday, c.start_time, c.title_ko").map((rs, ctx) -> CourseCatalogue.course(rs)).list())
                .stream().filter(c -> !c.firstSessionStart().isAfter(now) && !c.sessionStart(c.sessions()).isBefore(now.minusDays(7)))
                .toList();
    }

    /** The latest session of the course that has begun by now (today's, when there is a class today). */
    public Optional<Integer> latestSession(Course course) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Integer> latest = Optional.empty();
        for (int n = 1; n <= course.sessions(); n++) {
            if (!course.sessionStart(n).isAfter(now)) {
                latest = Optional.of(n);
            }
        }
        return latest;
    }

    /** The register of one session; refused for a session that does not exist or has not begun. */
    public Outcome register(long courseId, int session) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> {
            Course course = CourseEnrolments.course(h, courseId);
            if (session < 1 || session > course.sessions() || course.sessionStart(session).isAfter(now)) {
                return new Outcome.Refused(Refusal.of("course.roster.notYet", course.title(), session));
            }
            List<Line> lines = h.createQuery("SELECT e.id, e.resident_id, r.name, "
                            + "EXISTS (SELECT 1 FROM course_attendance a WHERE a.enrolment_id = e.id AND a.session_no = :s), "
                            + "(SELECT COUNT(*) FROM course_attendance a WHERE a.enrolment_id = e.id) "
                            + "FROM course_enrolment e JOIN resident r ON r.id = e.resident_id "
                            + "WHERE e.course_id = :c AND e.status = 'ENROLLED' ORDER BY r.name, e.id")
                    .bind("c", courseId).bind("s", session)
                    .map((rs, ctx) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5))).list();
            return new Outcome.Shown(new Register(course, session, course.sessionStart(session), lines));
        });
    }

    /** What asking for, or saving, a register answered. */
    public sealed interface Outcome {
        record Shown(Register register) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    /**
     * Saves the register as the clerk marked it: those in {@code present} came, the other enrolled
     * residents did not. Only changes are written, each with its event; the register as saved
     * comes back.
     */
    public Outcome save(long courseId, int session, Set<Long> present, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        Outcome current = jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            h.createQuery("SELECT id FROM course WHERE id = :c FOR UPDATE").bind("c", courseId).mapTo(Long.class).one();
            Outcome shown = register(courseId, session);
            if (!(shown instanceof Outcome.Shown s)) {
                return shown;
            }
            List<Line> changed = new ArrayList<>();
            for (Line line : s.register().lines()) {
                boolean came = present.contains(line.enrolmentId());
                if (came == line.present()) {
                    continue;
                }
                changed.add(line);
                if (came) {
                    h.createUpdate("INSERT INTO course_attendance (enrolment_id, session_no, checked_in_at, terminal_id) VALUES (:e, :s, :now, :t)")
                            .bind("e", line.enrolmentId()).bind("s", session).bind("now", now).bind("t", terminal.id()).execute();
                } else {
                    h.createUpdate("DELETE FROM course_attendance WHERE enrolment_id = :e AND session_no = :s")
                            .bind("e", line.enrolmentId()).bind("s", session).execute();
                }
                events.append(h, new EventDraft(came ? EventType.COURSE_CHECKED_IN : EventType.COURSE_ATTENDANCE_REMOVED,
                        "enrolment:" + line.enrolmentId(), "clerk:" + clerk, Map.of("course", s.register().course().code(), "session", session)));
            }
            return shown;
        });
        return current instanceof Outcome.Shown ? register(courseId, session) : current;
    }
}
