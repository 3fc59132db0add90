package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.core.course.CoursePolicy.RefundShare;
import org.madang.core.facility.Localized;

/** The course rules with the clock at every boundary of the §23 refund. */
class CoursePolicyTest {
    private static final CoursePolicy RULES = CoursePolicy.DEFAULTS;

    /** Ten weekly sessions of two hours, Mondays at 10:00 from 4 January 2027: 1,200 minutes of learning. */
    private static Course course() {
        return new Course(1, "C-1", new Localized("요가", "Yoga"), "HEALTH", "ADULT", "2027-1", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 8), 1, LocalTime.of(10, 0), 120, 20, 45_000, "강사", "RUNNING", false, false,
                new Localized("", ""), new Localized("", ""), Optional.empty(), Optional.empty(), 10, 20);
    }

    private static RefundShare at(int year, int month, int day, int hour, int minute) {
        return RULES.refundShare(course(), LocalDateTime.of(year, month, day, hour, minute));
    }

    @Test
    void everythingComesBackBeforeTheFirstSessionBegins() {
        assertThat(at(2026, 12, 20, 9, 0)).isEqualTo(RefundShare.ALL);
        assertThat(at(2027, 1, 4, 9, 59)).isEqualTo(RefundShare.ALL);
        assertThat(at(2027, 1, 4, 10, 0)).isEqualTo(RefundShare.ALL);
        assertThat(at(2027, 1, 4, 10, 1)).isEqualTo(RefundShare.TWO_THIRDS);
    }

    @Test
    void twoThirdsUntilOneThirdOfTheLearningTimeHasPassed() {
        // three sessions (360 minutes) and 39 minutes of the fourth: 399 of 1,200
        assertThat(at(2027, 1, 25, 10, 39)).isEqualTo(RefundShare.TWO_THIRDS);
        // 400 minutes: one third has passed
        assertThat(at(2027, 1, 25, 10, 40)).isEqualTo(RefundShare.HALF);
    }

    @Test
    void halfUntilHalfHasPassedThenNothing() {
        // between sessions four and five: 480 minutes
        assertThat(at(2027, 1, 28, 15, 0)).isEqualTo(RefundShare.HALF);
        // 599 minutes
        assertThat(at(2027, 2, 1, 11, 59)).isEqualTo(RefundShare.HALF);
        // 600 minutes: half has passed
        assertThat(at(2027, 2, 1, 12, 0)).isEqualTo(RefundShare.NONE);
        assertThat(at(2027, 3, 20, 12, 0)).isEqualTo(RefundShare.NONE);
    }

    @Test
    void refundsAreRoundedDownToTenWon() {
        assertThat(RefundShare.ALL.of(45_000)).isEqualTo(45_000);
        assertThat(RefundShare.TWO_THIRDS.of(45_000)).isEqualTo(30_000);
        assertThat(RefundShare.TWO_THIRDS.of(50_000)).isEqualTo(33_330);
        assertThat(RefundShare.HALF.of(45_005)).isEqualTo(22_500);
        assertThat(RefundShare.NONE.of(45_000)).isZero();
    }

    @Test
    void completionIsEightyPercentAndACourseRunsFromSeventyPercentFull() {
        assertThat(RULES.completes(8, 10)).isTrue();
        assertThat(RULES.completes(7, 10)).isFalse();
        assertThat(RULES.completes(12, 15)).isTrue();
        assertThat(RULES.completes(0, 0)).isFalse();
        assertThat(RULES.fillsEnough(14, 20)).isTrue();
        assertThat(RULES.fillsEnough(13, 20)).isFalse();
    }

    @Test
    void aSiteChangesItsFiguresByCourseSettingsAndOnlyThose() {
        CoursePolicy changed = RULES.with(Map.of("courses.perTerm", "3", "courses.completionPercent", " 75", "booking.perWeek", "9"));
        assertThat(changed.perTerm()).isEqualTo(3);
        assertThat(changed.completionPercent()).isEqualTo(75);
        assertThat(changed.feeExemptPerTerm()).isEqualTo(1);
        assertThatThrownBy(() -> RULES.with(Map.of("courses.perterm", "3"))).hasMessageContaining("courses.perterm")
                .hasMessageContaining("courses.perTerm");
        assertThatThrownBy(() -> RULES.with(Map.of("courses.perTerm", "two"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> RULES.with(Map.of("courses.completionPercent", "120"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionsFallOnTheCoursesWeekdayFromItsStart() {
        Course c = course();
        assertThat(c.sessionStart(1)).isEqualTo(LocalDateTime.of(2027, 1, 4, 10, 0));
        assertThat(c.sessionStart(10)).isEqualTo(LocalDateTime.of(2027, 3, 8, 10, 0));
        assertThat(c.sessionOn(LocalDate.of(2027, 1, 11))).contains(2);
        assertThat(c.sessionOn(LocalDate.of(2027, 1, 12))).isEmpty();
        assertThat(c.enrolmentCloses()).isEqualTo(LocalDateTime.of(2027, 1, 4, 0, 0));
    }
}
