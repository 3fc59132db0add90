package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Edit;
import org.madang.core.booking.Channel;
import org.madang.core.facility.Localized;
import org.madang.core.testing.TestSite;

/** The academy's catalogue at the counter: courses, terms and instructors, each field checked, each save an event. */
class CourseDeskTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final CourseDesk desk = new CourseDesk(site.database.jdbi(), site.events(), site.clock);
    private final TermDesk terms = new TermDesk(site.database.jdbi(), site.events());
    private final InstructorDesk instructors = new InstructorDesk(site.database.jdbi(), site.events());

    @AfterEach
    void close() {
        site.close();
    }

    /** Ten Monday sessions from 4 January 2027 in term 2027-1 (the demo's recruiting term), the term's enrolment window. */
    private static CourseDesk.Draft yoga(int capacity, boolean lottery) {
        return new CourseDesk.Draft(Optional.empty(), "C-YOGA-1", "아침 요가", "Morning yoga", "HEALTH", "ADULT", "2027-1", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 8), 1, LocalTime.of(10, 0), 90, 10, capacity, 30_000, "윤혜진", "다목적실", "Hall", "", "", false, lottery,
                Optional.empty(), Optional.empty());
    }

    private static CourseDesk.Draft with(CourseDesk.Draft d, LocalDate starts, LocalDate ends, int sessions, int capacity, boolean lottery) {
        return new CourseDesk.Draft(d.id(), d.code(), d.titleKo(), d.titleEn(), d.category(), d.ageGroup(), d.term(), starts, ends, d.weekday(),
                d.startTime(), d.minutes(), sessions, capacity, d.fee(), d.instructor(), d.placeKo(), d.placeEn(), d.summaryKo(), d.summaryEn(),
                d.residentsOnly(), lottery, d.enrolFrom(), d.enrolUntil());
    }

    private Course saved(CourseDesk.Draft d) {
        Edit<Course> outcome = desk.save(d, "root");
        assertThat(outcome).isInstanceOf(Edit.Saved.class);
        return ((Edit.Saved<Course>) outcome).value();
    }

    private java.util.Map<String, org.madang.core.Refusal> refused(CourseDesk.Draft d) {
        Edit<Course> outcome = desk.save(d, "root");
        assertThat(outcome).isInstanceOf(Edit.Invalid.class);
        return ((Edit.Invalid<Course>) outcome).fields();
    }

    @Test
    void aNewCourseFollowsItsTermsEnrolmentWindowAndIsAnEvent() {
        TermDesk.Term term = terms.all().stream().filter(t -> t.code().equals("2027-1")).findFirst().orElseThrow();
        Course c = saved(yoga(12, false));
        assertThat(c.status()).isEqualTo("RECRUITING");
        assertThat(c.enrolFrom()).contains(term.enrolFrom());
        assertThat(c.enrolUntil()).contains(term.enrolUntil());
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseSaved' AND actor = 'clerk:root'")).isEqualTo(1);
        assertThat(desk.all()).extracting(Course::code).contains("C-YOGA-1");
    }

    @Test
    void datesSessionsTermAndInstructorAreCheckedAndNothingIsSaved() {
        long before = site.events().latestId();
        CourseDesk.Draft d = yoga(12, false);
        assertThat(refused(with(d, d.startsOn(), LocalDate.of(2027, 1, 3), 10, 12, false)).get("endsOn").messageKey())
                .isEqualTo("counter.course.endBeforeStart");
        // ten Mondays from 4 January end on 8 March; a course ending 1 March has room for nine
        assertThat(refused(with(d, d.startsOn(), LocalDate.of(2027, 3, 1), 10, 12, false)).get("sessions").messageKey())
                .isEqualTo("counter.course.sessionsAfterEnd");
        assertThat(refused(with(d, LocalDate.of(2026, 12, 7), d.endsOn(), 10, 12, false)).get("startsOn").messageKey())
                .isEqualTo("counter.course.outsideTerm");
        CourseDesk.Draft strangeTerm = new CourseDesk.Draft(d.id(), d.code(), d.titleKo(), d.titleEn(), d.category(), d.ageGroup(), "2031-9",
                d.startsOn(), d.endsOn(), 1, d.startTime(), 90, 10, 12, 30_000, "없는 강사", "", "", "", "", false, false, Optional.empty(),
                Optional.empty());
        assertThat(refused(strangeTerm).get("term").messageKey()).isEqualTo("counter.course.noTerm");
        CourseDesk.Draft nobody = new CourseDesk.Draft(d.id(), d.code(), d.titleKo(), d.titleEn(), d.category(), d.ageGroup(), d.term(),
                d.startsOn(), d.endsOn(), 1, d.startTime(), 90, 10, 12, 30_000, "없는 강사", "", "", "", "", false, false, Optional.empty(),
                Optional.empty());
        assertThat(refused(nobody).get("instructor").messageKey()).isEqualTo("counter.course.noInstructor");
        CourseDesk.Draft bad = new CourseDesk.Draft(Optional.empty(), "x", "", "Yoga", "SPORTS", "ADULT", "2027-1", d.startsOn(), d.endsOn(), 8,
                d.startTime(), 10, 0, 0, 1005, "윤혜진", "", "", "", "", false, false, Optional.of(LocalDateTime.of(2026, 12, 1, 9, 0)),
                Optional.of(LocalDateTime.of(2026, 11, 30, 9, 0)));
        assertThat(refused(bad)).containsOnlyKeys("code", "titleKo", "category", "weekday", "minutes", "sessions", "capacity", "fee");
        assertThat(CourseDesk.check(with(yoga(12, false), d.startsOn(), d.endsOn(), 10, 12, false))).isEmpty();
        CourseDesk.Draft backwards = new CourseDesk.Draft(Optional.empty(), "C-Y2", "요가", "Yoga", "HEALTH", "ADULT", "2027-1", d.startsOn(),
                d.endsOn(), 1, d.startTime(), 90, 10, 12, 0, "윤혜진", "", "", "", "", false, false,
                Optional.of(LocalDateTime.of(2026, 12, 1, 9, 0)), Optional.of(LocalDateTime.of(2026, 11, 30, 9, 0)));
        assertThat(refused(backwards).get("enrolUntil").messageKey()).isEqualTo("counter.course.enrolOrder");
        assertThat(desk.save(yoga(12, false), "desk")).isInstanceOfSatisfying(Edit.Invalid.class,
                i -> assertThat(i.fields().values()).extracting(r -> ((org.madang.core.Refusal) r).messageKey())
                        .containsExactly("clerk.refused.catalogue"));
        assertThat(site.events().latestId()).isEqualTo(before);
    }

    @Test
    void seatsNeverBelowThoseTakenMoreSeatsSeatTheWaitingListAndTheLotteryIsKept() {
        Course c = saved(yoga(1, false));
        CourseEnrolments enrolments = site.courses();
        assertThat(enrolments.enrol(c.id(), site.residents().byId(1).orElseThrow(), Channel.KIOSK, "resident:1"))
                .isInstanceOf(org.madang.core.course.EnrolOutcome.Enrolled.class);
        assertThat(enrolments.enrol(c.id(), site.residents().byId(4).orElseThrow(), Channel.KIOSK, "resident:4"))
                .isInstanceOf(org.madang.core.course.EnrolOutcome.Waitlisted.class);
        CourseDesk.Draft d = CourseDesk.Draft.of(c);
        assertThat(refused(with(d, d.startsOn(), d.endsOn(), 10, 0, false))).containsKey("capacity");
        assertThat(refused(with(d, d.startsOn(), d.endsOn(), 10, 1, true)).get("lottery").messageKey()).isEqualTo("counter.course.lotteryTaken");
        Course wider = saved(with(d, d.startsOn(), d.endsOn(), 10, 3, false));
        assertThat(wider.enrolled()).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE course_id = " + c.id() + " AND status = 'ENROLLED'")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CoursePromoted'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM resident_message WHERE resident_id = 4 AND message_key = 'message.course.promoted'"))
                .isEqualTo(1);
    }

    @Test
    void aRunningCourseKeepsItsScheduleAndAFinishedOneIsNotChanged() {
        Course c = saved(yoga(12, false));
        site.execute("UPDATE course SET status = 'RUNNING' WHERE id = " + c.id());
        CourseDesk.Draft d = CourseDesk.Draft.of(desk.all().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow());
        assertThat(refused(with(d, d.startsOn().plusWeeks(1), d.endsOn().plusWeeks(1), 10, 12, false)).get("startsOn").messageKey())
                .isEqualTo("counter.course.running");
        assertThat(saved(with(d, d.startsOn(), d.endsOn(), 10, 15, false)).capacity()).isEqualTo(15);
        site.execute("UPDATE course SET status = 'FINISHED' WHERE id = " + c.id());
        assertThat(refused(with(d, d.startsOn(), d.endsOn(), 10, 16, false)).get("").messageKey()).isEqualTo("counter.course.over");
    }

    @Test
    void aTermsDatesHoldItsCoursesAndItsWindowMovesTheCoursesThatFollowedIt() {
        TermDesk.Term term = terms.all().stream().filter(t -> t.code().equals("2027-1")).findFirst().orElseThrow();
        Course follower = saved(yoga(12, false));
        TermDesk.Term shorter = new TermDesk.Term(term.code(), term.name(), term.startsOn(), LocalDate.of(2027, 2, 1), term.enrolFrom(),
                term.enrolUntil());
        assertThat(terms.save(shorter, "root")).isInstanceOfSatisfying(Edit.Invalid.class,
                i -> assertThat(((org.madang.core.Refusal) i.fields().get("startsOn")).messageKey()).isEqualTo("counter.term.coursesOutside"));
        LocalDateTime later = term.enrolUntil().minusDays(1);
        TermDesk.Term moved = new TermDesk.Term(term.code(), new Localized("2027년 1학기", "Term 1, 2027"), term.startsOn(), term.endsOn(),
                term.enrolFrom(), later);
        assertThat(terms.save(moved, "root")).isInstanceOf(Edit.Saved.class);
        assertThat(desk.all().stream().filter(x -> x.id() == follower.id()).findFirst().orElseThrow().enrolUntil()).contains(later);
        TermDesk.Term backwards = new TermDesk.Term("2027-2", new Localized("2027년 2학기", "Term 2"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 3, 1), LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 2, 1, 9, 0));
        assertThat(TermDesk.check(backwards)).containsOnlyKeys("endsOn", "enrolUntil");
        assertThat(TermDesk.check(new TermDesk.Term("next", new Localized("", ""), null, null, null, null)))
                .containsKeys("code", "nameKo", "startsOn");
        TermDesk.Term next = new TermDesk.Term("2027-2", new Localized("2027년 2학기", "Term 2"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 6, 30), LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 3, 25, 18, 0));
        assertThat(terms.save(next, "root")).isInstanceOf(Edit.Saved.class);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'TermSaved'")).isEqualTo(2);
    }

    @Test
    void renamingAnInstructorRenamesThemOnTheirCoursesAndTwoMayNotShareAName() {
        InstructorDesk.Entry yoon = instructors.all().stream().filter(e -> e.name().equals("윤혜진")).findFirst().orElseThrow();
        int courses = yoon.courses();
        assertThat(courses).isPositive();
        assertThat(instructors.save(new InstructorDesk.Draft(Optional.of(yoon.id()), "김선희", "", ""), "root"))
                .isInstanceOfSatisfying(Edit.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("name"));
        Edit<InstructorDesk.Entry> renamed = instructors.save(new InstructorDesk.Draft(Optional.of(yoon.id()), "윤혜진B", "요가 지도자", "Yoga"),
                "root");
        assertThat(renamed).isInstanceOfSatisfying(Edit.Saved.class,
                s -> assertThat(((InstructorDesk.Entry) s.value()).courses()).isEqualTo(courses));
        assertThat(site.count("SELECT COUNT(*) FROM course WHERE instructor = '윤혜진'")).isZero();
        assertThat(instructors.save(new InstructorDesk.Draft(Optional.empty(), "새 강사", "경력", "Career"), "root")).isInstanceOf(Edit.Saved.class);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'InstructorSaved'")).isEqualTo(2);
    }
}
