package org.madang.core.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Edit;
import org.madang.core.FieldCheck;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The academy's courses as an administrator keeps them: a new course in a term, or one changed.
 * Every field is checked and named (an end before the start, sessions that do not fit, a term or
 * instructor not in the catalogue); nothing is saved then. A course follows its term's enrolment
 * window unless it sets its own. Once under way only its words, place, instructor and seats may
 * change; a finished or closed course not at all. More seats seat the waiting list at once.
 */
public final class CourseDesk {
    /** The catalogue's categories and age groups (the kiosk's filter offers them). */
    public static final List<String> CATEGORIES = List.of("DIGITAL", "LANGUAGE", "ARTS", "HEALTH", "HUMANITIES", "CAREER", "OTHER");
    public static final List<String> AGE_GROUPS = List.of("ALL", "TODDLER", "CHILD", "TEEN", "ADULT", "SENIOR");

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public CourseDesk(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** A course as typed: no id for a new one; no enrolment window to follow the term's. */
    public record Draft(Optional<Long> id, String code, String titleKo, String titleEn, String category, String ageGroup, String term,
                        LocalDate startsOn, LocalDate endsOn, int weekday, LocalTime startTime, int minutes, int sessions, int capacity,
                        int fee, String instructor, String placeKo, String placeEn, String summaryKo, String summaryEn,
                        boolean residentsOnly, boolean lottery, Optional<LocalDateTime> enrolFrom, Optional<LocalDateTime> enrolUntil) {

        public static Draft of(Course c) {
            return new Draft(Optional.of(c.id()), c.code(), c.title().ko(), c.title().en(), c.category(), c.ageGroup(), c.term(), c.startsOn(),
                    c.endsOn(), c.weekday(), c.startTime(), c.minutes(), c.sessions(), c.capacity(), c.fee(), c.instructor(), c.place().ko(),
                    c.place().en(), c.summary().ko(), c.summary().en(), c.residentsOnly(), c.lottery(), c.enrolFrom(), c.enrolUntil());
        }

        /** The day of the last session: weekly from the first {@code weekday} on or after the start. */
        LocalDate lastSession() {
            return schedule().sessionStart(sessions).toLocalDate();
        }

        LocalDateTime firstSession() {
            return schedule().firstSessionStart();
        }

        private Course schedule() {
            return new Course(0, code, null, category, ageGroup, term, startsOn, endsOn, weekday, startTime, minutes, capacity, fee, instructor,
                    "RECRUITING", residentsOnly, lottery, null, null, enrolFrom, enrolUntil, sessions, 0);
        }
    }

    /** Every course, the newest term first, for the administrator's list. */
    public List<Course> all() {
        return jdbi.withHandle(h -> h.createQuery(CourseCatalogue.SELECT + "ORDER BY c.term DESC, c.weekday, c.start_time, c.title_ko")
                .map((rs, ctx) -> CourseCatalogue.course(rs)).list());
    }

    public Edit<Course> save(Draft d, String admin) {
        return Edit.inTransaction(jdbi, h -> save(h, d, admin));
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Edit<Course> save(Handle h, Draft d, String admin) {
        Map<String, Refusal> invalid = check(d);
        if (!invalid.isEmpty()) {
            return Edit.invalid(invalid);
        }
        StaffRights.require(h, admin, Permission.CATALOGUE);
        Optional<Refusal> catalogue = againstCatalogue(h, d);
        if (catalogue.isPresent()) {
            return Edit.invalid(catalogue.get().messageKey().startsWith("counter.course.noInstructor") ? "instructor" : "term",
                    catalogue.get());
        }
        TermDesk.Term term = TermDesk.byCode(h, d.term().strip()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        long id;
        boolean promoteWaiting = false;
        if (d.id().isEmpty()) {
            if (outsideTerm(d, term)) {
                return Edit.invalid("startsOn", Refusal.of("counter.course.outsideTerm", term.startsOn(), term.endsOn()));
            }
            if (h.createQuery("SELECT COUNT(*) FROM course WHERE code = :c").bind("c", d.code().strip()).mapTo(Integer.class).one() > 0) {
                return Edit.invalid("code", Refusal.of("counter.facility.codeTaken", d.code().strip()));
            }
            id = h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, age_group, term, starts_on, ends_on, weekday, "
                            + "start_time, minutes, sessions, capacity, fee, instructor, status, residents_only, lottery, place_ko, place_en, "
                            + "summary_ko, summary_en, enrol_from, enrol_until) VALUES (:site, :code, :titleKo, :titleEn, :category, :age, :term, "
                            + ":starts, :ends, :weekday, :time, :minutes, :sessions, :capacity, :fee, :instructor, 'RECRUITING', :residents, "
                            + ":lottery, :placeKo, :placeEn, :summaryKo, :summaryEn, :from, :until)")
                    .bindMap(row(d, term)).bind("site", events.terminal().site()).bind("code", d.code().strip()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } else {
            id = d.id().get();
            Optional<Course> found = h.createQuery(CourseCatalogue.SELECT + "WHERE c.id = :id FOR UPDATE").bind("id", id)
                    .map((rs, ctx) -> CourseCatalogue.course(rs)).findOne();
            if (found.isEmpty()) {
                return Edit.invalid("", Refusal.of("counter.course.gone"));
            }
            Course was = found.get();
            Optional<Edit<Course>> refused = refusedChange(h, was, d);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (outsideTerm(d, term)) {
                return Edit.invalid("startsOn", Refusal.of("counter.course.outsideTerm", term.startsOn(), term.endsOn()));
            }
            promoteWaiting = d.capacity() > was.capacity();
            h.createUpdate("UPDATE course SET title_ko = :titleKo, title_en = :titleEn, category = :category, age_group = :age, "
                            + "term = :term, starts_on = :starts, ends_on = :ends, weekday = :weekday, start_time = :time, minutes = :minutes, "
                            + "sessions = :sessions, capacity = :capacity, fee = :fee, instructor = :instructor, residents_only = :residents, "
                            + "lottery = :lottery, place_ko = :placeKo, place_en = :placeEn, summary_ko = :summaryKo, summary_en = :summaryEn, "
                            + "enrol_from = :from, enrol_until = :until WHERE id = :id")
                    .bindMap(row(d, term)).bind("id", id).execute();
        }
        events.append(h, new EventDraft(EventType.COURSE_SAVED, "course:" + id, "clerk:" + admin,
                Map.of("code", d.code().strip(), "title", d.titleKo().strip(), "term", d.term().strip(), "capacity", d.capacity(),
                        "fee", d.fee(), "new", d.id().isEmpty())));
        if (promoteWaiting && !d.lottery()) {
            // each new seat goes to the first waiting, as a cancelled one would
            while (CourseEnrolments.promote(h, events, CourseEnrolments.course(h, id), now).isPresent()) {
                // seated one more
            }
        }
        return new Edit.Saved<>(CourseEnrolments.course(h, id));
    }

    private static Map<String, Object> row(Draft d, TermDesk.Term term) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("titleKo", d.titleKo().strip());
        row.put("titleEn", d.titleEn().strip());
        row.put("category", d.category());
        row.put("age", d.ageGroup());
        row.put("term", d.term().strip());
        row.put("starts", d.startsOn());
        row.put("ends", d.endsOn());
        row.put("weekday", d.weekday());
        row.put("time", d.startTime());
        row.put("minutes", d.minutes());
        row.put("sessions", d.sessions());
        row.put("capacity", d.capacity());
        row.put("fee", d.fee());
        row.put("instructor", d.instructor().strip());
        row.put("residents", d.residentsOnly());
        row.put("lottery", d.lottery());
        row.put("placeKo", FieldCheck.stripped(d.placeKo()));
        row.put("placeEn", FieldCheck.stripped(d.placeEn()));
        row.put("summaryKo", FieldCheck.stripped(d.summaryKo()));
        row.put("summaryEn", FieldCheck.stripped(d.summaryEn()));
        // no window of its own: the term's, but never closing after the first session
        LocalDateTime until = d.enrolUntil().orElse(term.enrolUntil());
        LocalDateTime firstSession = d.firstSession();
        row.put("from", d.enrolFrom().orElse(term.enrolFrom()));
        row.put("until", until.isAfter(firstSession) ? firstSession.toLocalDate().atStartOfDay() : until);
        return row;
    }

    private static boolean outsideTerm(Draft d, TermDesk.Term term) {
        return d.startsOn().isBefore(term.startsOn()) || d.endsOn().isAfter(term.endsOn());
    }

    /** The term and instructor must be in the catalogue. */
    private static Optional<Refusal> againstCatalogue(Handle h, Draft d) {
        if (TermDesk.byCode(h, d.term().strip()).isEmpty()) {
            return Optional.of(Refusal.of("counter.course.noTerm", d.term().strip()));
        }
        if (h.createQuery("SELECT COUNT(*) FROM instructor WHERE name = :n").bind("n", d.instructor().strip()).mapTo(Integer.class).one() == 0) {
            return Optional.of(Refusal.of("counter.course.noInstructor", d.instructor().strip()));
        }
        return Optional.empty();
    }

    /** What may not change on a course already holding places or under way. */
    private static Optional<Edit<Course>> refusedChange(Handle h, Course was, Draft d) {
        if (!"RECRUITING".equals(was.status()) && !"RUNNING".equals(was.status())) {
            return Optional.of(Edit.invalid("", Refusal.of("counter.course.over")));
        }
        if (d.capacity() < was.enrolled()) {
            return Optional.of(Edit.invalid("capacity", Refusal.of("counter.course.capacityTaken", was.enrolled())));
        }
        int places = h.createQuery("SELECT COUNT(*) FROM course_enrolment WHERE course_id = :c AND status IN ('ENROLLED', 'WAITING', 'ENTERED')")
                .bind("c", was.id()).mapTo(Integer.class).one();
        if (places > 0 && d.lottery() != was.lottery()) {
            return Optional.of(Edit.invalid("lottery", Refusal.of("counter.course.lotteryTaken", places)));
        }
        boolean scheduleChanged = !d.startsOn().equals(was.startsOn()) || !d.endsOn().equals(was.endsOn()) || d.weekday() != was.weekday()
                || !d.startTime().equals(was.startTime()) || d.minutes() != was.minutes() || d.sessions() != was.sessions()
                || d.fee() != was.fee() || !Objects.equals(d.term().strip(), was.term());
        if ("RUNNING".equals(was.status()) && scheduleChanged) {
            return Optional.of(Edit.invalid("startsOn", Refusal.of("counter.course.running")));
        }
        return Optional.empty();
    }

    /** Each field that will not do, by field name; empty when the draft may be saved. */
    public static Map<String, Refusal> check(Draft d) {
        FieldCheck f = new FieldCheck();
        if (d.id().isEmpty()) {
            f.code("code", d.code());
        }
        f.text("titleKo", d.titleKo(), 1, 120).text("titleEn", d.titleEn(), 1, 120);
        if (!CATEGORIES.contains(d.category())) {
            f.refuse("category", Refusal.of("counter.facility.category"));
        }
        if (!AGE_GROUPS.contains(d.ageGroup())) {
            f.refuse("ageGroup", Refusal.of("counter.facility.category"));
        }
        f.text("term", d.term(), 1, 10).text("instructor", d.instructor(), 1, 60);
        f.text("placeKo", d.placeKo(), 0, 100).text("placeEn", d.placeEn(), 0, 100);
        f.text("summaryKo", d.summaryKo(), 0, 400).text("summaryEn", d.summaryEn(), 0, 400);
        f.range("weekday", d.weekday(), 1, 7).range("minutes", d.minutes(), 30, 480).range("sessions", d.sessions(), 1, 52);
        f.range("capacity", d.capacity(), 1, 500).fee("fee", d.fee());
        f.chosen("startsOn", d.startsOn()).chosen("endsOn", d.endsOn()).chosen("startTime", d.startTime());
        if (f.passed()) {
            if (d.endsOn().isBefore(d.startsOn())) {
                f.refuse("endsOn", Refusal.of("counter.course.endBeforeStart"));
            } else if (d.lastSession().isAfter(d.endsOn())) {
                f.refuse("sessions", Refusal.of("counter.course.sessionsAfterEnd", d.sessions(), d.lastSession()));
            }
            if (d.enrolFrom().isPresent() && d.enrolUntil().isPresent() && !d.enrolUntil().get().isAfter(d.enrolFrom().get())) {
                f.refuse("enrolUntil", Refusal.of("counter.course.enrolOrder"));
            } else if (d.enrolUntil().isPresent() && d.enrolUntil().get().isAfter(d.firstSession())) {
                f.refuse("enrolUntil", Refusal.of("counter.course.enrolAfterStart"));
            }
        }
        return f.refusals();
    }
}
