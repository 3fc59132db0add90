package org.madang.core.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import org.madang.core.facility.Localized;

/**
 * The academy's terms (e.g. 2027-1): their dates, within which their courses run, and the
 * enrolment window their courses follow. A changed window moves with it the recruiting courses
 * that followed the old one; dates that would leave a course outside are refused.
 */
public final class TermDesk {
    /** A term's code: the year and its number in it. */
    public static final String CODE = "\\d{4}-\\d{1,2}";
    static final String SELECT = "SELECT code, name_ko, name_en, starts_on, ends_on, enrol_from, enrol_until FROM course_term ";
    /** Makes the terms of courses that have none yet (the demo's courses, a catalogue imported from before terms). */
    public static final String FROM_COURSES = "INSERT INTO course_term (code, name_ko, name_en, starts_on, ends_on, enrol_from, enrol_until) "
            + "SELECT term, CASE WHEN term LIKE '____-%' THEN SUBSTRING(term FROM 1 FOR 4) || '년 ' || SUBSTRING(term FROM 6) || '학기' "
            + "ELSE term END, CASE WHEN term LIKE '____-%' THEN 'Term ' || SUBSTRING(term FROM 6) || ', ' || SUBSTRING(term FROM 1 FOR 4) "
            + "ELSE term END, MIN(starts_on), MAX(ends_on), "
            + "COALESCE(MIN(enrol_from), CAST(MIN(starts_on) - INTERVAL '30' DAY AS TIMESTAMP)), COALESCE(MAX(enrol_until), "
            + "CAST(MIN(starts_on) AS TIMESTAMP)) FROM course WHERE term NOT IN (SELECT code FROM course_term) GROUP BY term";

    private final Jdbi jdbi;
    private final EventLog events;

    public TermDesk(Jdbi jdbi, EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    public record Term(String code, Localized name, LocalDate startsOn, LocalDate endsOn, LocalDateTime enrolFrom, LocalDateTime enrolUntil) {
    }

    /** The newest first. */
    public List<Term> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY starts_on DESC").map((rs, ctx) -> term(rs)).list());
    }

    static Optional<Term> byCode(Handle h, String code) {
        return h.createQuery(SELECT + "WHERE code = :c").bind("c", code).map((rs, ctx) -> term(rs)).findOne();
    }

    /** Saves a term, new (its code not yet used) or changed. */
    public Edit<Term> save(Term t, String admin) {
        return Edit.inTransaction(jdbi, h -> save(h, t, admin));
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Edit<Term> save(Handle h, Term t, String admin) {
        Map<String, Refusal> invalid = check(t);
        if (!invalid.isEmpty()) {
            return Edit.invalid(invalid);
        }
        StaffRights.require(h, admin, Permission.CATALOGUE);
        Optional<Term> was = h.createQuery(SELECT + "WHERE code = :c FOR UPDATE").bind("c", t.code()).map((rs, ctx) -> term(rs)).findOne();
        if (was.isEmpty()) {
            h.createUpdate("INSERT INTO course_term (code, name_ko, name_en, starts_on, ends_on, enrol_from, enrol_until) "
                    + "VALUES (:c, :ko, :en, :s, :e, :f, :u)").bindMap(row(t)).execute();
        } else {
            int outside = h.createQuery("SELECT COUNT(*) FROM course WHERE term = :c AND (starts_on < :s OR ends_on > :e)")
                    .bind("c", t.code()).bind("s", t.startsOn()).bind("e", t.endsOn()).mapTo(Integer.class).one();
            if (outside > 0) {
                return Edit.invalid("startsOn", Refusal.of("counter.term.coursesOutside", outside));
            }
            h.createUpdate("UPDATE course_term SET name_ko = :ko, name_en = :en, starts_on = :s, ends_on = :e, enrol_from = :f, "
                    + "enrol_until = :u WHERE code = :c").bindMap(row(t)).execute();
            // the recruiting courses that followed the term's window follow it still
            h.createUpdate("UPDATE course SET enrol_from = :f WHERE term = :c AND status = 'RECRUITING' AND enrol_from = :old")
                    .bind("f", t.enrolFrom()).bind("c", t.code()).bind("old", was.get().enrolFrom()).execute();
            h.createUpdate("UPDATE course SET enrol_until = :u WHERE term = :c AND status = 'RECRUITING' AND enrol_until = :old "
                            + "AND :u < starts_on")
                    .bind("u", t.enrolUntil()).bind("c", t.code()).bind("old", was.get().enrolUntil()).execute();
        }
        events.append(h, new EventDraft(EventType.TERM_SAVED, "term:" + t.code(), "clerk:" + admin,
                Map.of("code", t.code(), "startsOn", t.startsOn().toString(), "endsOn", t.endsOn().toString(),
                        "enrolFrom", t.enrolFrom().toString(), "enrolUntil", t.enrolUntil().toString(), "new", was.isEmpty())));
        return new Edit.Saved<>(byCode(h, t.code()).orElseThrow());
    }

    public static Map<String, Refusal> check(Term t) {
        FieldCheck f = new FieldCheck();
        if (t.code() == null || !t.code().matches(CODE)) {
            f.refuse("code", Refusal.of("counter.term.codeFormat"));
        }
        f.text("nameKo", t.name() == null ? null : t.name().ko(), 1, 60).text("nameEn", t.name() == null ? null : t.name().en(), 1, 60);
        f.chosen("startsOn", t.startsOn()).chosen("endsOn", t.endsOn()).chosen("enrolFrom", t.enrolFrom()).chosen("enrolUntil", t.enrolUntil());
        if (f.passed()) {
            if (t.endsOn().isBefore(t.startsOn())) {
                f.refuse("endsOn", Refusal.of("counter.course.endBeforeStart"));
            }
            if (!t.enrolUntil().isAfter(t.enrolFrom())) {
                f.refuse("enrolUntil", Refusal.of("counter.course.enrolOrder"));
            } else if (t.enrolUntil().isAfter(t.startsOn().atStartOfDay())) {
                f.refuse("enrolUntil", Refusal.of("counter.course.enrolAfterStart"));
            }
        }
        return f.refusals();
    }

    private static Map<String, Object> row(Term t) {
        return Map.of("c", t.code(), "ko", t.name().ko().strip(), "en", t.name().en().strip(), "s", t.startsOn(), "e", t.endsOn(),
                "f", t.enrolFrom(), "u", t.enrolUntil());
    }

    private static Term term(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Term(rs.getString(1), new Localized(rs.getString(2), rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class));
    }
}
