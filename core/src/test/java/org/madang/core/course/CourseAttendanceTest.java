package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Channel;
import org.madang.core.testing.TestSite;

/** Attendance by the course receipt's code, and what time does to courses (draws, closing, running, finishing). */
class CourseAttendanceTest {
    private TestSite site;

    @BeforeEach
    void open() {
        site = TestSite.seeded(TestSite.tempRoot());
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** Ten Monday classes of two hours at 10:00 from {@code start}; enrolment from 1 November to the day before the start. */
    private long course(String code, LocalDate start, int capacity, int fee) {
        return site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, age_group, term, "
                        + "starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, lottery, "
                        + "enrol_from, enrol_until, sessions) VALUES ('main', :code, :code, :code, 'HEALTH', 'ADULT', 'TEST', :start, :ends, 1, "
                        + "TIME '10:00:00', 120, :cap, :fee, '윤혜진', 'RECRUITING', FALSE, FALSE, TIMESTAMP '2026-11-01 09:00:00', :until, 10)")
                .bind("code", code).bind("start", start).bind("ends", start.plusWeeks(10).minusDays(1)).bind("cap", capacity).bind("fee", fee)
                .bind("until", start.minusDays(1).atTime(18, 0)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private long enrol(long course, long resident) {
        EnrolOutcome o = site.courses().enrol(course, site.residents().byId(resident).orElseThrow(), Channel.KIOSK, "test");
        return ((EnrolOutcome.Enrolled) o).enrolment().id();
    }

    private String status(long enrolment) {
        return site.database.jdbi().withHandle(h -> h.createQuery("SELECT status FROM course_enrolment WHERE id = :e").bind("e", enrolment)
                .mapTo(String.class).one());
    }

    private String code(long enrolment) {
        return site.tokens().enrolment(enrolment);
    }

    @Test
    void eachClassIsCheckedInOnceFromHalfAnHourBeforeUntilItEnds() {
        site.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        long yoga = course("T-YOGA", LocalDate.of(2026, 11, 23), 10, 0);
        long place = enrol(yoga, 1);
        CourseAttendance attendance = site.courseAttendance();

        site.clock.set(LocalDateTime.of(2026, 11, 23, 9, 29));
        CourseAttendance.Outcome early = attendance.checkIn(code(place));
        assertThat(((CourseAttendance.Outcome.Refused) early).refusal().messageKey()).isEqualTo("course.checkin.tooEarly");

        site.clock.set(LocalDateTime.of(2026, 11, 23, 9, 30));
        CourseAttendance.Outcome in = attendance.checkIn(code(place));
        assertThat(in).isInstanceOf(CourseAttendance.Outcome.CheckedIn.class);
        assertThat(((CourseAttendance.Outcome.CheckedIn) in).session()).isEqualTo(1);
        assertThat(((CourseAttendance.Outcome.CheckedIn) in).attended()).isEqualTo(1);
        assertThat(((CourseAttendance.Outcome.CheckedIn) in).already()).isFalse();

        site.clock.set(LocalDateTime.of(2026, 11, 23, 11, 59));
        CourseAttendance.Outcome again = attendance.checkIn(code(place));
        assertThat(((CourseAttendance.Outcome.CheckedIn) again).already()).isTrue();
        assertThat(((CourseAttendance.Outcome.CheckedIn) again).attended()).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseCheckedIn'")).isEqualTo(1);

        site.clock.set(LocalDateTime.of(2026, 11, 23, 12, 0));
        assertThat(((CourseAttendance.Outcome.Refused) attendance.checkIn(code(place))).refusal().messageKey())
                .isEqualTo("course.checkin.over");
        site.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
        CourseAttendance.Outcome tuesday = attendance.checkIn(code(place));
        assertThat(((CourseAttendance.Outcome.Refused) tuesday).refusal()).isEqualTo(org.madang.core.Refusal.of("course.checkin.otherDay",
                site.courseCatalogue().byId(yoga).orElseThrow().course().title(), LocalDateTime.of(2026, 11, 30, 10, 0)));

        site.clock.set(LocalDateTime.of(2026, 11, 30, 10, 15));
        assertThat(((CourseAttendance.Outcome.CheckedIn) attendance.checkIn(code(place))).attended()).isEqualTo(2);
    }

    @Test
    void aCodeFromElsewhereOrAGivenUpPlaceIsRefused() {
        site.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        long yoga = course("T-YOGA", LocalDate.of(2026, 11, 23), 10, 0);
        long place = enrol(yoga, 1);
        String genuine = code(place);
        CourseAttendance attendance = site.courseAttendance();
        assertThat(CourseAttendance.recognises(genuine)).isTrue();
        assertThat(CourseAttendance.recognises("MDG1.B.R-1.abc")).isFalse();
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAA";
        assertThat(((CourseAttendance.Outcome.Refused) attendance.checkIn(forged)).refusal().messageKey()).isEqualTo("course.checkin.notOurs");
        assertThat(((CourseAttendance.Outcome.Refused) attendance.checkIn(code(place + 1000))).refusal().messageKey())
                .isEqualTo("course.checkin.notOurs");
        site.courses().cancel(place, 1, "test");
        site.clock.set(LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(((CourseAttendance.Outcome.Refused) attendance.checkIn(genuine)).refusal().messageKey())
                .isEqualTo("course.checkin.notEnrolled");
    }

    @Test
    void aCourseBelowItsMinimumFillClosesWhenEnrolmentEndsWithEveryFeeBack() {
        site.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        long thin = course("T-THIN", LocalDate.of(2026, 11, 23), 10, 20_000);
        long fine = course("T-FINE", LocalDate.of(2026, 11, 30), 10, 0);
        long thinPlace = enrol(thin, 1);
        for (long r = 10; r < 15; r++) {
            enrol(thin, r);
        }
        for (long r = 10; r < 17; r++) {
            enrol(fine, r);
        }
        assertThat(site.courseSweeper().sweep()).isEqualTo(new CourseSweeper.Swept(0, 0, 0, 0));

        // enrolment of T-THIN closed at 18:00 the day before: 6 of 10 is below 70 %
        site.clock.set(LocalDateTime.of(2026, 11, 22, 18, 0));
        assertThat(site.courseSweeper().sweep().closed()).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM course WHERE id = " + thin + " AND status = 'CLOSED'")).isEqualTo(1);
        assertThat(site.count("SELECT refund FROM course_enrolment WHERE id = " + thinPlace)).isEqualTo(20_000);
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE course_id = " + thin + " AND status = 'CANCELLED'")).isEqualTo(6);
        assertThat(site.messages().unread(1)).extracting(m -> m.messageKey()).contains("message.course.closed");
        assertThat(site.courseSweeper().sweep().closed()).as("closed once").isZero();

        // T-FINE (7 of 10) runs from its first class
        site.clock.set(LocalDateTime.of(2026, 11, 30, 10, 0));
        assertThat(site.courseSweeper().sweep().started()).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM course WHERE id = " + fine + " AND status = 'RUNNING'")).isEqualTo(1);
    }

    @Test
    void whenTheLastClassIsOverEachSeatIsCompletedByItsAttendance() {
        site.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        long yoga = course("T-YOGA", LocalDate.of(2026, 11, 23), 10, 0);
        long eight = enrol(yoga, 1);
        long seven = enrol(yoga, 4);
        for (int r = 10; r < 15; r++) {
            enrol(yoga, r);
        }
        CourseAttendance attendance = site.courseAttendance();
        for (int week = 0; week < 10; week++) {
            site.clock.set(LocalDateTime.of(2026, 11, 23, 9, 50).plusWeeks(week));
            if (week < 8) {
                attendance.checkIn(code(eight));
            }
            if (week < 7) {
                attendance.checkIn(code(seven));
            }
        }
        // (the demo's own courses are swept too: this course's state is what is checked)
        site.clock.set(LocalDateTime.of(2027, 1, 25, 11, 59));
        site.courseSweeper().sweep();
        assertThat(site.count("SELECT COUNT(*) FROM course WHERE id = " + yoga + " AND status = 'RUNNING'")).isEqualTo(1);
        site.clock.set(LocalDateTime.of(2027, 1, 25, 12, 0));
        site.courseSweeper().sweep();
        assertThat(site.count("SELECT COUNT(*) FROM course WHERE id = " + yoga + " AND status = 'FINISHED'")).isEqualTo(1);
        assertThat(status(eight)).isEqualTo("COMPLETED");
        assertThat(status(seven)).isEqualTo("NOT_COMPLETED");
        assertThat(new LearningHistory(site.database.jdbi()).enrolment(1, eight).orElseThrow().completed()).isTrue();
        assertThat(site.messages().unread(1)).extracting(m -> m.messageKey()).contains("message.course.completed");
    }

    @Test
    void aCountyThatDoesNotAnswerIsSaidAtOnceAndNothingIsRecorded() {
        site.clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        long pilates = course("T-PILATES", LocalDate.of(2026, 11, 23), 10, 0);
        long place = enrol(pilates, 1);
        site.clock.set(LocalDateTime.of(2026, 11, 23, 10, 5));
        boolean[] down = {true};
        CourseAttendance linked = site.courseAttendance().linked(() -> down[0]);

        CourseAttendance.Outcome refused = linked.checkIn(code(place));

        assertThat(((CourseAttendance.Outcome.Refused) refused).refusal().messageKey()).isEqualTo("course.checkin.countyDown");
        assertThat(site.count("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = " + place)).isZero();
        // a county that stops answering mid-scan: the same words, not a general failure
        CourseAttendance lost = new CourseAttendance(org.jdbi.v3.core.Jdbi.create(() -> {
            throw new java.sql.SQLTransientConnectionException("Connection to county:5432 refused", "08001");
        }), site.events(), site.tokens(), site.clock, site.terminal);
        assertThat(((CourseAttendance.Outcome.Refused) lost.checkIn(code(place))).refusal().messageKey())
                .isEqualTo("course.checkin.countyDown");
        down[0] = false;
        assertThat(linked.checkIn(code(place))).isInstanceOf(CourseAttendance.Outcome.CheckedIn.class);
    }
}
