package org.madang.core.course;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.site.Terminal;

/**
 * Enrolling in courses with every rule of POLICIES.md: the enrolment period, residents-only
 * courses, the per-term limit, the fee-exempt limit; a seat first-come (claimed by a guarded
 * update, so two terminals never sell the last seat twice), else a numbered waiting place; a
 * lottery course's entries and its draw; cancelling with the §23 refund, after which the first
 * on the waiting list gets the seat and is told at their next visit.
 */
public final class CourseEnrolments {
    static final String SELECT = "SELECT id, course_id, resident_id, status, waitlist_no, fee, fee_basis, channel, created_at, "
            + "seated_at, cancelled_at, refund FROM course_enrolment ";

    private final Jdbi jdbi;
    private final EventLog events;
    /** The course rules as they stand (live: read again every few seconds). */
    private final java.util.function.Supplier<CoursePolicy> policyNow;
    private final Clock clock;
    private final Terminal terminal;

    public CourseEnrolments(Jdbi jdbi, EventLog events, CoursePolicy policy, Clock clock, Terminal terminal) {
        this(jdbi, events, () -> policy, clock, terminal);
    }

    /** @param policy the course rules as they stand each time they are asked for */
    public CourseEnrolments(Jdbi jdbi, EventLog events, java.util.function.Supplier<CoursePolicy> policy, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.policyNow = policy;
        this.clock = clock;
        this.terminal = terminal;
    }

    public CoursePolicy policy() {
        return policyNow.get();
    }

    /** The fee a resident would pay for a course now, and why. */
    public record CourseFee(int fee, CourseFeeBasis basis) {
    }

    public CourseFee fee(Course course, Resident resident) {
        return jdbi.withHandle(h -> fee(h, course, resident, LocalDate.now(clock)));
    }

    private CourseFee fee(Handle h, Course course, Resident resident, LocalDate day) {
        if (course.fee() == 0) {
            return new CourseFee(0, CourseFeeBasis.FREE_COURSE);
        }
        Optional<CourseFeeBasis> exemption = resident.exemptionsOn(day, Integer.MAX_VALUE).stream().map(CourseFeeBasis::of)
                .flatMap(Optional::stream).findFirst();
        if (exemption.isPresent()) {
            int used = h.createQuery("SELECT COUNT(*) FROM course_enrolment e JOIN course c ON c.id = e.course_id WHERE e.resident_id = :r "
                            + "AND c.term = :t AND e.status IN ('ENROLLED', 'WAITING', 'ENTERED', 'COMPLETED', 'NOT_COMPLETED') "
                            + "AND e.fee_basis IN ('DISABILITY', 'BASIC_LIVELIHOOD', 'NATIONAL_MERIT')")
                    .bind("r", resident.id()).bind("t", course.term()).mapTo(Integer.class).one();
            if (used < policy().feeExemptPerTerm()) {
                return new CourseFee(0, exemption.get());
            }
        }
        return new CourseFee(course.fee(), CourseFeeBasis.FULL);
    }

    /** Asks for a place in a course for {@code resident}, at a kiosk or by a clerk for a resident who phoned. */
    public EnrolOutcome enrol(long courseId, Resident resident, Channel channel, String actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
            // one resident's requests one after another (a kiosk and the counter at once), then the course's
            h.createQuery("SELECT id FROM resident WHERE id = :r FOR UPDATE").bind("r", resident.id()).mapTo(Long.class).one();
            Course course = locked(h, courseId);
            if (!course.enrolmentOpen(now)) {
                return refused(course, now);
            }
            if (course.residentsOnly() && !resident.countyResident()) {
                return new EnrolOutcome.Refused(Refusal.of("course.refused.residentsOnly", course.title()));
            }
            Optional<Enrolment> existing = h.createQuery(SELECT + "WHERE course_id = :c AND resident_id = :r AND status IN "
                    + "('ENROLLED', 'WAITING', 'ENTERED')").bind("c", courseId).bind("r", resident.id()).map((rs, ctx) -> enrolment(rs)).findOne();
            if (existing.isPresent()) {
                EnrolmentStatus held = existing.get().status();
                String key = held == EnrolmentStatus.ENROLLED ? "course.refused.alreadyEnrolled"
                        : held == EnrolmentStatus.WAITING ? "course.refused.alreadyWaiting" : "course.refused.alreadyEntered";
                return new EnrolOutcome.Refused(Refusal.of(key, course.title(), existing.get().waitlistNo().orElse(0)));
            }
            int holding = h.createQuery("SELECT COUNT(*) FROM course_enrolment e JOIN course c ON c.id = e.course_id WHERE e.resident_id = :r "
                            + "AND c.term = :t AND e.status IN ('ENROLLED', 'WAITING', 'ENTERED')")
                    .bind("r", resident.id()).bind("t", course.term()).mapTo(Integer.class).one();
            if (holding >= policy().perTerm()) {
                return new EnrolOutcome.Refused(Refusal.of("course.refused.perTerm", policy().perTerm()));
            }
            CourseFee fee = fee(h, course, resident, now.toLocalDate());
            EnrolmentStatus status;
            Integer waitlistNo = null;
            if (course.lottery()) {
                status = EnrolmentStatus.ENTERED;
            } else if (claimSeat(h, courseId)) {
                status = EnrolmentStatus.ENROLLED;
            } else {
                status = EnrolmentStatus.WAITING;
                waitlistNo = nextWaitlistNo(h, courseId);
            }
            long id = store(h, course, resident, status, waitlistNo, fee, channel, now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("course", course.code());
            details.put("resident", resident.id());
            details.put("fee", fee.fee());
            details.put("feeBasis", fee.basis().name());
            details.put("channel", channel.name());
            if (waitlistNo != null) {
                details.put("waitlistNo", waitlistNo);
            }
            EventType type = status == EnrolmentStatus.ENROLLED ? EventType.COURSE_ENROLLED
                    : status == EnrolmentStatus.WAITING ? EventType.COURSE_WAITLISTED : EventType.COURSE_ENTERED;
            events.append(h, new EventDraft(type, "enrolment:" + id, actor, details));
            Enrolment stored = byId(h, id).orElseThrow();
            Course after = locked(h, courseId);
            return status == EnrolmentStatus.ENROLLED ? new EnrolOutcome.Enrolled(stored, after)
                    : status == EnrolmentStatus.WAITING ? new EnrolOutcome.Waitlisted(stored, after) : new EnrolOutcome.Entered(stored, after);
        });
    }

    private static EnrolOutcome refused(Course course, LocalDateTime now) {
        if (course.enrolFrom().isPresent() && now.isBefore(course.enrolFrom().get())) {
            return new EnrolOutcome.Refused(Refusal.of("course.refused.notYet", course.title(), course.enrolFrom().get()));
        }
        return new EnrolOutcome.Refused(Refusal.of("course.refused.closed", course.title()));
    }

    private static boolean claimSeat(Handle h, long courseId) {
        return h.createUpdate("UPDATE course SET enrolled = enrolled + 1 WHERE id = :c AND enrolled < capacity").bind("c", courseId).execute() == 1;
    }

    private static int nextWaitlistNo(Handle h, long courseId) {
        return h.createQuery("SELECT COALESCE(MAX(waitlist_no), 0) + 1 FROM course_enrolment WHERE course_id = :c").bind("c", courseId)
                .mapTo(Integer.class).one();
    }

    /** A new row for every request: one cancelled before stays as it ended (V18). */
    private long store(Handle h, Course course, Resident resident, EnrolmentStatus status, Integer waitlistNo,
                       CourseFee fee, Channel channel, LocalDateTime now) {
        LocalDateTime seated = status == EnrolmentStatus.ENROLLED ? now : null;
        return h.createUpdate("INSERT INTO course_enrolment (course_id, resident_id, status, waitlist_no, fee, fee_basis, channel, "
                        + "terminal_id, created_at, seated_at) VALUES (:c, :r, :s, :w, :f, :b, :ch, :t, :now, :seated)")
                .bind("c", course.id()).bind("r", resident.id()).bind("s", status.name()).bind("w", waitlistNo).bind("f", fee.fee())
                .bind("b", fee.basis().name()).bind("ch", channel.name()).bind("t", terminal.id()).bind("now", now)
                .bind("seated", seated).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** A resident's places that still hold (seats, waiting places, entries) and the courses they are in, by start. */
    public List<ResidentEnrolment> active(long residentId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE resident_id = :r AND status IN ('ENROLLED', 'WAITING', 'ENTERED') "
                        + "ORDER BY created_at").bind("r", residentId).map((rs, ctx) -> enrolment(rs)).list().stream()
                .map(e -> new ResidentEnrolment(e, course(h, e.courseId()))).toList());
    }

    /** Seats in courses that have a class on {@code day} (the demo scanner offers their receipts at check-in). */
    public List<ResidentEnrolment> seatsMeetingOn(LocalDate day, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE status = 'ENROLLED' ORDER BY resident_id, id").map((rs, ctx) -> enrolment(rs))
                .list().stream().map(e -> new ResidentEnrolment(e, course(h, e.courseId())))
                .filter(r -> r.course().sessionOn(day).isPresent()).limit(limit).toList());
    }

    /** A resident who got a seat from the waiting list, for the counter to see (and tell, if they ask). */
    public record Promotion(long residentId, String residentMasked, org.madang.core.facility.Localized course, LocalDateTime seatedAt,
                            int waitlistNo) {
    }

    /** Seats given from the waiting list since {@code since}, newest first. */
    public List<Promotion> promotedSince(LocalDateTime since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT e.resident_id, r.name, c.title_ko, c.title_en, e.seated_at, e.waitlist_no "
                        + "FROM course_enrolment e JOIN course c ON c.id = e.course_id JOIN resident r ON r.id = e.resident_id "
                        + "WHERE e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED') AND e.waitlist_no IS NOT NULL AND e.seated_at >= :since "
                        + "ORDER BY e.seated_at DESC, e.id DESC")
                .bind("since", since)
                .map((rs, ctx) -> new Promotion(rs.getLong(1), org.madang.core.resident.Resident.mask(rs.getString(2)),
                        new org.madang.core.facility.Localized(rs.getString(3), rs.getString(4)), rs.getObject(5, LocalDateTime.class),
                        rs.getInt(6)))
                .list());
    }

    /** An enrolment with its course. */
    public record ResidentEnrolment(Enrolment enrolment, Course course) {
    }

    /** What cancelling would give back now; empty when it is not the resident's, or no longer holds a place. */
    public Optional<CourseCancelQuote> quote(long enrolmentId, long residentId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> byId(h, enrolmentId).filter(e -> e.residentId() == residentId && e.status().active())
                .map(e -> quote(e, course(h, e.courseId()), now)));
    }

    private CourseCancelQuote quote(Enrolment e, Course course, LocalDateTime now) {
        if (e.status() != EnrolmentStatus.ENROLLED) {
            return new CourseCancelQuote(e, course, CoursePolicy.RefundShare.ALL, 0);
        }
        CoursePolicy.RefundShare share = policy().refundShare(course, now);
        return new CourseCancelQuote(e, course, share, share.of(e.fee()));
    }

    /** What cancelling did: the refund, and who got the seat from the waiting list (if anyone). */
    public sealed interface CancelOutcome {
        record Cancelled(CourseCancelQuote quote, Optional<Long> promotedResident) implements CancelOutcome {
        }

        record Refused(Refusal refusal) implements CancelOutcome {
        }
    }

    /** Cancels a place with the refund the rules give now; a freed seat goes to the first on the waiting list. */
    public CancelOutcome cancel(long enrolmentId, long residentId, String actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
            Optional<Enrolment> found = byId(h, enrolmentId);
            if (found.isEmpty() || found.get().residentId() != residentId) {
                return new CancelOutcome.Refused(Refusal.of("course.refused.notYours"));
            }
            Course course = locked(h, found.get().courseId());
            // read again under the course's lock: a second cancel of the same place finds it cancelled
            Enrolment e = byId(h, enrolmentId).orElseThrow();
            if (!e.status().active()) {
                return new CancelOutcome.Refused(Refusal.of("course.refused.notActive", course.title()));
            }
            CourseCancelQuote quote = quote(e, course, now);
            h.createUpdate("UPDATE course_enrolment SET status = 'CANCELLED', cancelled_at = :now, refund = :refund WHERE id = :id")
                    .bind("now", now).bind("refund", quote.refund()).bind("id", e.id()).execute();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("course", course.code());
            details.put("was", e.status().name());
            details.put("refund", quote.refund());
            details.put("share", quote.share().name());
            events.append(h, new EventDraft(EventType.COURSE_CANCELLED, "enrolment:" + e.id(), actor, details));
            Optional<Long> promoted = Optional.empty();
            if (e.status() == EnrolmentStatus.ENROLLED) {
                h.createUpdate("UPDATE course SET enrolled = enrolled - 1 WHERE id = :c").bind("c", course.id()).execute();
                promoted = promote(h, events, course, now);
            }
            return new CancelOutcome.Cancelled(quote, promoted);
        });
    }

    /** The first on the waiting list takes a freed seat of a course that has not ended, and is told at their next visit. */
    static Optional<Long> promote(Handle h, EventLog events, Course course, LocalDateTime now) {
        if (!"RECRUITING".equals(course.status()) && !"RUNNING".equals(course.status())) {
            return Optional.empty();
        }
        Optional<Enrolment> next = h.createQuery(SELECT + "WHERE course_id = :c AND status = 'WAITING' ORDER BY waitlist_no LIMIT 1")
                .bind("c", course.id()).map((rs, ctx) -> enrolment(rs)).findOne();
        if (next.isEmpty() || !claimSeat(h, course.id())) {
            return Optional.empty();
        }
        Enrolment n = next.get();
        h.createUpdate("UPDATE course_enrolment SET status = 'ENROLLED', seated_at = :now WHERE id = :id").bind("now", now)
                .bind("id", n.id()).execute();
        ResidentMessages.leave(h, n.residentId(), now, "message.course.promoted", course.title(), course.firstSessionStart(),
                n.waitlistNo().orElse(0));
        events.append(h, new EventDraft(EventType.COURSE_PROMOTED, "enrolment:" + n.id(), "system",
                Map.of("course", course.code(), "resident", n.residentId(), "waitlistNo", n.waitlistNo().orElse(0))));
        return Optional.of(n.residentId());
    }

    /**
     * Draws every lottery course whose enrolment has closed: as many entries as there are seats
     * get one, the others a numbered place on the waiting list in the order drawn; everyone is
     * told at their next visit. Returns the number of courses drawn.
     */
    public int drawDue(RandomGenerator random) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = jdbi.withHandle(h -> h.createQuery(CourseCatalogue.SELECT + "WHERE c.lottery AND c.status = 'RECRUITING' "
                        + "AND EXISTS (SELECT 1 FROM course_enrolment e WHERE e.course_id = c.id AND e.status = 'ENTERED')")
                .map((rs, ctx) -> CourseCatalogue.course(rs)).list().stream().filter(c -> !now.isBefore(c.enrolmentCloses()))
                .map(Course::id).toList());
        for (long id : due) {
            jdbi.useTransaction(h -> draw(h, locked(h, id), random, now));
        }
        return due.size();
    }

    private void draw(Handle h, Course course, RandomGenerator random, LocalDateTime now) {
        List<Enrolment> entries = new ArrayList<>(h.createQuery(SELECT + "WHERE course_id = :c AND status = 'ENTERED' ORDER BY id")
                .bind("c", course.id()).map((rs, ctx) -> enrolment(rs)).list());
        Collections.shuffle(entries, new java.util.Random(random.nextLong()));
        int seats = course.seatsLeft();
        int next = nextWaitlistNo(h, course.id());
        int won = 0;
        for (Enrolment e : entries) {
            if (won < seats && claimSeat(h, course.id())) {
                won++;
                h.createUpdate("UPDATE course_enrolment SET status = 'ENROLLED', seated_at = :now WHERE id = :id").bind("now", now)
                        .bind("id", e.id()).execute();
                ResidentMessages.leave(h, e.residentId(), now, "message.course.won", course.title(), course.firstSessionStart());
            } else {
                h.createUpdate("UPDATE course_enrolment SET status = 'WAITING', waitlist_no = :w WHERE id = :id").bind("w", next)
                        .bind("id", e.id()).execute();
                ResidentMessages.leave(h, e.residentId(), now, "message.course.waiting", course.title(), next);
                next++;
            }
        }
        events.append(h, new EventDraft(EventType.COURSE_DRAWN, "course:" + course.code(), "system",
                Map.of("entries", entries.size(), "seats", won, "waiting", entries.size() - won)));
    }

    private static Course locked(Handle h, long courseId) {
        h.createQuery("SELECT id FROM course WHERE id = :c FOR UPDATE").bind("c", courseId).mapTo(Long.class).one();
        return course(h, courseId);
    }

    static Course course(Handle h, long courseId) {
        return h.createQuery(CourseCatalogue.SELECT + "WHERE c.id = :c").bind("c", courseId).map((rs, ctx) -> CourseCatalogue.course(rs)).one();
    }

    static Optional<Enrolment> byId(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map((rs, ctx) -> enrolment(rs)).findOne();
    }

    static Enrolment enrolment(ResultSet rs) throws SQLException {
        return new Enrolment(rs.getLong(1), rs.getLong(2), rs.getLong(3), EnrolmentStatus.valueOf(rs.getString(4)),
                Optional.ofNullable((Integer) rs.getObject(5, Integer.class)), rs.getInt(6), CourseFeeBasis.valueOf(rs.getString(7)),
                Channel.valueOf(rs.getString(8)), rs.getObject(9, LocalDateTime.class), Optional.ofNullable(rs.getObject(10, LocalDateTime.class)),
                Optional.ofNullable(rs.getObject(11, LocalDateTime.class)), Optional.ofNullable((Integer) rs.getObject(12, Integer.class)));
    }
}
