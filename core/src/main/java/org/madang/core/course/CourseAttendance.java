package org.madang.core.course;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.CheckInToken;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;

/**
 * Attendance by the QR code of a course receipt, at the kiosk: one check-in per session, from
 * {@value #EARLY_MINUTES} minutes before the class until it ends. A second scan of the same
 * session is answered kindly and counts once.
 */
public final class CourseAttendance {
    /** How early before a class the check-in opens. */
    public static final int EARLY_MINUTES = 30;

    private final Jdbi jdbi;
    private final EventLog events;
    private final CheckInToken tokens;
    private final Clock clock;
    private final Terminal terminal;
    private final java.util.function.BooleanSupplier countyDown;

    public CourseAttendance(Jdbi jdbi, EventLog events, CheckInToken tokens, Clock clock, Terminal terminal) {
        this(jdbi, events, tokens, clock, terminal, () -> false);
    }

    private CourseAttendance(Jdbi jdbi, EventLog events, CheckInToken tokens, Clock clock, Terminal terminal,
                             java.util.function.BooleanSupplier countyDown) {
        this.jdbi = jdbi;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
        this.terminal = terminal;
        this.countyDown = countyDown;
    }

    /**
     * This attendance at a terminal of a county (SCALE.md): while {@code countyDown} says the
     * county's database does not answer, or when it stops answering mid-scan, a scan is answered
     * at once in plain words (the centre's cache holds no courses; the class goes on) instead of
     * after the connection's wait with a general failure.
     */
    public CourseAttendance linked(java.util.function.BooleanSupplier down) {
        return new CourseAttendance(jdbi, events, tokens, clock, terminal, down);
    }

    /** Whether a scanned code is a course code (genuine or not), which this check-in answers rather than the booking one. */
    public static boolean recognises(String scanned) {
        return CheckInToken.looksLikeEnrolment(scanned);
    }

    /** The resident a genuine course receipt belongs to (a course receipt identifies its holder, as a booking receipt does). */
    public Optional<Long> residentOf(String scanned) {
        return tokens.enrolmentOf(scanned).flatMap(id -> jdbi.withHandle(h -> h.createQuery(
                "SELECT resident_id FROM course_enrolment WHERE id = :id").bind("id", id).mapTo(Long.class).findOne()));
    }

    /** What came of a course check-in. */
    public sealed interface Outcome {
        /**
         * @param already  the session had been checked in before (nothing new counted)
         * @param attended sessions attended so far, this one included
         */
        record CheckedIn(Course course, int session, int attended, boolean already) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    public Outcome checkIn(String scanned) {
        Optional<Long> id = tokens.enrolmentOf(scanned);
        if (id.isEmpty()) {
            return new Outcome.Refused(Refusal.of("course.checkin.notOurs"));
        }
        if (countyDown.getAsBoolean()) {
            return new Outcome.Refused(Refusal.of("course.checkin.countyDown"));
        }
        try {
            return checkIn(id.get());
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (org.madang.core.county.CountyLink.lostCounty(e)) {
                return new Outcome.Refused(Refusal.of("course.checkin.countyDown"));
            }
            throw e;
        }
    }

    private Outcome checkIn(long enrolmentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            Optional<Enrolment> found = CourseEnrolments.byId(h, enrolmentId);
            if (found.isEmpty()) {
                return new Outcome.Refused(Refusal.of("course.checkin.notOurs"));
            }
            Enrolment e = found.get();
            Course course = CourseEnrolments.course(h, e.courseId());
            if (e.status() != EnrolmentStatus.ENROLLED) {
                return new Outcome.Refused(Refusal.of("course.checkin.notEnrolled", course.title()));
            }
            Optional<Integer> session = course.sessionOn(now.toLocalDate());
            if (session.isEmpty()) {
                return new Outcome.Refused(next(course, now).map(n -> Refusal.of("course.checkin.otherDay", course.title(), n))
                        .orElse(Refusal.of("course.checkin.ended", course.title())));
            }
            LocalDateTime starts = course.sessionStart(session.get());
            if (now.isBefore(starts.minusMinutes(EARLY_MINUTES))) {
                return new Outcome.Refused(Refusal.of("course.checkin.tooEarly", course.title(), starts.toLocalTime(),
                        starts.minusMinutes(EARLY_MINUTES).toLocalTime()));
            }
            if (!now.isBefore(starts.plusMinutes(course.minutes()))) {
                return new Outcome.Refused(Refusal.of("course.checkin.over", course.title()));
            }
            boolean seen = h.createQuery("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = :e AND session_no = :s")
                    .bind("e", e.id()).bind("s", session.get()).mapTo(Integer.class).one() > 0;
            int added = seen ? 0 : h.createUpdate("INSERT INTO course_attendance (enrolment_id, session_no, checked_in_at, terminal_id) "
                            + "VALUES (:e, :s, :now, :t)")
                    .bind("e", e.id()).bind("s", session.get()).bind("now", now).bind("t", terminal.id()).execute();
            if (added == 1) {
                events.append(h, new EventDraft(EventType.COURSE_CHECKED_IN, "enrolment:" + e.id(), "resident:" + e.residentId(),
                        Map.of("course", course.code(), "session", session.get())));
            }
            int attended = h.createQuery("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = :e").bind("e", e.id())
                    .mapTo(Integer.class).one();
            return new Outcome.CheckedIn(course, session.get(), attended, added == 0);
        });
    }

    /** The next class after {@code now}, if the course has one. */
    private static Optional<LocalDateTime> next(Course course, LocalDateTime now) {
        for (int n = 1; n <= course.sessions(); n++) {
            if (course.sessionStart(n).isAfter(now)) {
                return Optional.of(course.sessionStart(n));
            }
        }
        return Optional.empty();
    }
}
