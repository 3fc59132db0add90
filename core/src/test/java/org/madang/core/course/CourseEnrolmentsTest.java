package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Channel;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.testing.TestSite;

/** Enrolment with every rule, against the site database, on a clock moved to each moment that matters. */
class CourseEnrolmentsTest {
    private TestSite site;
    private CourseEnrolments courses;

    @BeforeEach
    void open() {
        site = TestSite.seeded(TestSite.tempRoot());
        courses = site.courses();
    }

    @AfterEach
    void close() {
        site.close();
    }

    /**
     * A course of term 2027-1: ten Monday sessions of two hours from 4 January 2027, enrolment
     * from 20 November to 20 December 2026.
     */
    private long course(String code, int capacity, int fee, boolean lottery, boolean residentsOnly) {
        return site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, age_group, term, "
                        + "starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, lottery, "
                        + "enrol_from, enrol_until, sessions) VALUES ('main', :code, :code, :code, 'HEALTH', 'ADULT', '2027-1', DATE '2027-01-04', "
                        + "DATE '2027-03-08', 1, TIME '10:00:00', 120, :cap, :fee, '정미경', 'RECRUITING', :ro, :lottery, "
                        + "TIMESTAMP '2026-11-20 09:00:00', TIMESTAMP '2026-12-20 18:00:00', 10)")
                .bind("code", code).bind("cap", capacity).bind("fee", fee).bind("ro", residentsOnly).bind("lottery", lottery)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private Resident resident(long id) {
        return site.residents().byId(id).orElseThrow();
    }

    private EnrolOutcome enrol(long course, long resident) {
        return courses.enrol(course, resident(resident), Channel.KIOSK, "resident:" + resident);
    }

    /** The resident's newest place in the course, as status and waiting number. */
    private String status(long course, long resident) {
        return site.database.jdbi().withHandle(h -> h.createQuery("SELECT status || COALESCE(' #' || waitlist_no, '') FROM course_enrolment "
                + "WHERE course_id = :c AND resident_id = :r ORDER BY id DESC LIMIT 1").bind("c", course).bind("r", resident)
                .mapTo(String.class).one());
    }

    /** The resident's place in the course (the demo gives some of them other courses too). */
    private long place(long course, long resident) {
        return courses.active(resident).stream().filter(e -> e.course().id() == course).findFirst().orElseThrow().enrolment().id();
    }

    private long enrolled(long course) {
        return site.count("SELECT enrolled FROM course WHERE id = " + course);
    }

    @Test
    void seatsGoFirstComeThenTheWaitingListIsNumbered() {
        long yoga = course("T-YOGA", 2, 30_000, false, false);
        assertThat(enrol(yoga, 1)).isInstanceOf(EnrolOutcome.Enrolled.class);
        assertThat(enrol(yoga, 4)).isInstanceOf(EnrolOutcome.Enrolled.class);
        EnrolOutcome third = enrol(yoga, 3);
        assertThat(third).isInstanceOf(EnrolOutcome.Waitlisted.class);
        assertThat(((EnrolOutcome.Waitlisted) third).enrolment().waitlistNo()).contains(1);
        assertThat(enrol(yoga, 5)).isInstanceOf(EnrolOutcome.Waitlisted.class);
        assertThat(status(yoga, 5)).isEqualTo("WAITING #2");
        assertThat(enrolled(yoga)).isEqualTo(2);
        assertThat(((EnrolOutcome.Waitlisted) third).course().seatsLeft()).isZero();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseEnrolled'")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseWaitlisted'")).isEqualTo(2);
        assertThat(site.courseCatalogue().byId(yoga).orElseThrow().waiting()).isEqualTo(2);
    }

    @Test
    void cancellingAfterTheStartRefundsTwoThirdsAndTheFirstWaitingGetsTheSeatAndIsTold() {
        long yoga = course("T-YOGA", 2, 30_000, false, false);
        enrol(yoga, 1);
        enrol(yoga, 4);
        enrol(yoga, 3);
        enrol(yoga, 5);
        long seat = place(yoga, 1);
        // the second session has run for half an hour: 150 of 1,200 minutes
        site.clock.set(LocalDateTime.of(2027, 1, 11, 10, 30));
        CourseCancelQuote quote = courses.quote(seat, 1).orElseThrow();
        assertThat(quote.share()).isEqualTo(CoursePolicy.RefundShare.TWO_THIRDS);
        assertThat(quote.refund()).isEqualTo(20_000);

        CourseEnrolments.CancelOutcome outcome = courses.cancel(seat, 1, "resident:1");
        assertThat(outcome).isInstanceOf(CourseEnrolments.CancelOutcome.Cancelled.class);
        assertThat(((CourseEnrolments.CancelOutcome.Cancelled) outcome).promotedResident()).contains(3L);
        assertThat(status(yoga, 1)).isEqualTo("CANCELLED");
        assertThat(status(yoga, 3)).isEqualTo("ENROLLED #1");
        assertThat(status(yoga, 5)).isEqualTo("WAITING #2");
        assertThat(enrolled(yoga)).isEqualTo(2);
        assertThat(site.count("SELECT refund FROM course_enrolment WHERE id = " + seat)).isEqualTo(20_000);
        List<ResidentMessage> news = site.messages().unread(3);
        assertThat(news).extracting(ResidentMessage::messageKey).contains("message.course.promoted");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CoursePromoted'")).isEqualTo(1);
        assertThat(courses.promotedSince(LocalDateTime.of(2027, 1, 1, 0, 0))).extracting(CourseEnrolments.Promotion::residentId,
                CourseEnrolments.Promotion::waitlistNo).containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 1));

        // a second cancel of the same place is refused, and promotes nobody else
        assertThat(courses.cancel(seat, 1, "resident:1")).isInstanceOf(CourseEnrolments.CancelOutcome.Refused.class);
        assertThat(status(yoga, 5)).isEqualTo("WAITING #2");
        // someone else's place cannot be cancelled
        long other = place(yoga, 4);
        assertThat(courses.cancel(other, 1, "resident:1")).isInstanceOf(CourseEnrolments.CancelOutcome.Refused.class);
    }

    @Test
    void aWaitingPlaceIsGivenUpWithNothingToReturnAndFreesNoSeat() {
        long yoga = course("T-YOGA", 1, 30_000, false, false);
        enrol(yoga, 1);
        enrol(yoga, 3);
        long waiting = place(yoga, 3);
        CourseEnrolments.CancelOutcome outcome = courses.cancel(waiting, 3, "resident:3");
        assertThat(((CourseEnrolments.CancelOutcome.Cancelled) outcome).quote().refund()).isZero();
        assertThat(((CourseEnrolments.CancelOutcome.Cancelled) outcome).promotedResident()).isEmpty();
        assertThat(enrolled(yoga)).isEqualTo(1);
        // and asked for again, a new place at the end of the list; the one given up stays as it ended
        assertThat(enrol(yoga, 3)).isInstanceOf(EnrolOutcome.Waitlisted.class);
        assertThat(status(yoga, 3)).isEqualTo("WAITING #2");
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE course_id = " + yoga + " AND resident_id = 3")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE id = " + waiting + " AND status = 'CANCELLED'")).isEqualTo(1);
        // two live places of one resident in one course: the database refuses it whoever writes
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> site.execute("UPDATE course_enrolment SET status = 'WAITING' WHERE id = "
                + waiting)).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("course_enrolment_live_once"));
    }

    @Test
    void twoCoursesATermAndNoSecondPlaceInTheSameCourse() {
        long a = course("T-A", 10, 0, false, false);
        long b = course("T-B", 10, 0, false, false);
        long c = course("T-C", 10, 0, false, false);
        enrol(a, 1);
        assertThat(enrol(a, 1)).isEqualTo(new EnrolOutcome.Refused(org.madang.core.Refusal.of("course.refused.alreadyEnrolled",
                site.courseCatalogue().byId(a).orElseThrow().course().title(), 0)));
        enrol(b, 1);
        EnrolOutcome third = enrol(c, 1);
        assertThat(third).isInstanceOf(EnrolOutcome.Refused.class);
        assertThat(((EnrolOutcome.Refused) third).refusal().messageKey()).isEqualTo("course.refused.perTerm");
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE course_id = " + c)).isZero();
    }

    @Test
    void oneCourseATermIsFeeExemptTheNextCostsTheFullFee() {
        // 이철수 has a registered disability
        long a = course("T-A", 10, 30_000, false, false);
        long b = course("T-B", 10, 40_000, false, false);
        EnrolOutcome first = enrol(a, 2);
        assertThat(((EnrolOutcome.Enrolled) first).enrolment().fee()).isZero();
        assertThat(((EnrolOutcome.Enrolled) first).enrolment().basis()).isEqualTo(CourseFeeBasis.DISABILITY);
        EnrolOutcome second = enrol(b, 2);
        assertThat(((EnrolOutcome.Enrolled) second).enrolment().fee()).isEqualTo(40_000);
        assertThat(((EnrolOutcome.Enrolled) second).enrolment().basis()).isEqualTo(CourseFeeBasis.FULL);
        // someone without grounds pays the fee
        assertThat(((EnrolOutcome.Enrolled) enrol(a, 1)).enrolment().fee()).isEqualTo(30_000);
    }

    @Test
    void residentsOnlyCoursesAndTheEnrolmentPeriodSayNoInWords() {
        long county = course("T-COUNTY", 10, 0, false, true);
        // 박지민 lives in Seoul
        EnrolOutcome outsider = enrol(county, 3);
        assertThat(((EnrolOutcome.Refused) outsider).refusal().messageKey()).isEqualTo("course.refused.residentsOnly");
        assertThat(enrol(county, 1)).isInstanceOf(EnrolOutcome.Enrolled.class);

        long later = course("T-LATER", 10, 0, false, false);
        site.clock.set(LocalDateTime.of(2026, 11, 20, 8, 59));
        assertThat(((EnrolOutcome.Refused) enrol(later, 1)).refusal().messageKey()).isEqualTo("course.refused.notYet");
        site.clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        assertThat(enrol(later, 1)).isInstanceOf(EnrolOutcome.Enrolled.class);
        site.clock.set(LocalDateTime.of(2026, 12, 20, 18, 0));
        assertThat(((EnrolOutcome.Refused) enrol(later, 4)).refusal().messageKey()).isEqualTo("course.refused.closed");
    }

    @Test
    void aLotteryTakesEntriesThenDrawsSeatsAndNumbersTheRestOnTheWaitingList() {
        long choir = course("T-CHOIR", 1, 0, true, false);
        for (long r : new long[] {1, 2, 4}) {
            assertThat(enrol(choir, r)).isInstanceOf(EnrolOutcome.Entered.class);
        }
        assertThat(enrolled(choir)).isZero();
        assertThat(courses.drawDue(new java.util.Random(7))).as("not before enrolment closes").isZero();

        site.clock.set(LocalDateTime.of(2026, 12, 20, 18, 0));
        assertThat(courses.drawDue(new java.util.Random(7))).isEqualTo(1);
        assertThat(enrolled(choir)).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM course_enrolment WHERE course_id = " + choir + " AND status = 'ENROLLED'")).isEqualTo(1);
        List<Integer> numbers = site.database.jdbi().withHandle(h -> h.createQuery("SELECT waitlist_no FROM course_enrolment "
                + "WHERE course_id = :c AND status = 'WAITING' ORDER BY waitlist_no").bind("c", choir).mapTo(Integer.class).list());
        assertThat(numbers).containsExactly(1, 2);
        long told = site.count("SELECT COUNT(*) FROM resident_message WHERE message_key IN ('message.course.won', 'message.course.waiting')");
        assertThat(told).isEqualTo(3);
        assertThat(courses.drawDue(new java.util.Random(7))).as("drawn once").isZero();
    }

    @Test
    void twoTerminalsAskingForTheLastSeatAtOnceGiveItOnce() throws Exception {
        long last = course("T-LAST", 1, 0, false, false);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EnrolOutcome>> asked = new ArrayList<>();
            for (long r : new long[] {1, 4}) {
                Callable<EnrolOutcome> ask = () -> {
                    go.await();
                    return enrol(last, r);
                };
                asked.add(pool.submit(ask));
            }
            go.countDown();
            List<EnrolOutcome> outcomes = new ArrayList<>();
            for (Future<EnrolOutcome> f : asked) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof EnrolOutcome.Enrolled).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof EnrolOutcome.Waitlisted).hasSize(1);
            assertThat(enrolled(last)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
