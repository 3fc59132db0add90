package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The booking window, lottery dates, refund schedule and check-in times of POLICIES.md, at their edges. */
class BookingCalendarTest {
    private final BookingCalendar calendar = new BookingCalendar(BookingPolicy.DEFAULTS);
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    @Test
    void januaryOpensToResidentsOnTheFirstOfDecemberAtNineNotAMinuteBefore() {
        assertThat(calendar.phase(JAN_15, false, LocalDateTime.of(2026, 12, 1, 8, 59)))
                .isInstanceOf(BookingCalendar.Phase.NotYet.class);
        assertThat(calendar.phase(JAN_15, false, LocalDateTime.of(2026, 12, 1, 9, 0)))
                .isEqualTo(new BookingCalendar.Phase.Open(true, LocalDateTime.of(2026, 12, 4, 9, 0)));
    }

    @Test
    void residentsHaveTheFirstThreeDaysAndEveryoneBooksFromTheFourth() {
        assertThat(calendar.firstComeRefusal(JAN_15, false, false, LocalDateTime.of(2026, 12, 3, 23, 59)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("booking.refused.residentsFirst"));
        assertThat(calendar.firstComeRefusal(JAN_15, false, true, LocalDateTime.of(2026, 12, 3, 23, 59))).isEmpty();
        assertThat(calendar.firstComeRefusal(JAN_15, false, false, LocalDateTime.of(2026, 12, 4, 9, 0))).isEmpty();
    }

    @Test
    void aDayCanBeBookedUntilTheEndOfTheDayBefore() {
        assertThat(calendar.firstComeRefusal(JAN_15, false, true, LocalDateTime.of(2027, 1, 14, 23, 59))).isEmpty();
        assertThat(calendar.firstComeRefusal(JAN_15, false, true, LocalDateTime.of(2027, 1, 15, 0, 0)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("booking.refused.closed"));
    }

    @Test
    void popularDaysTakeEntriesForAWeekThenAreDrawnThreeDaysBeforeTheWindowOpens() {
        assertThat(calendar.drawAt(JAN_15)).isEqualTo(LocalDateTime.of(2026, 11, 28, 9, 0));
        assertThat(calendar.entriesFrom(JAN_15)).isEqualTo(LocalDateTime.of(2026, 11, 21, 9, 0));
        assertThat(calendar.phase(JAN_15, true, LocalDateTime.of(2026, 11, 21, 8, 59))).isInstanceOf(BookingCalendar.Phase.NotYet.class);
        assertThat(calendar.phase(JAN_15, true, LocalDateTime.of(2026, 11, 21, 9, 0))).isInstanceOf(BookingCalendar.Phase.LotteryEntry.class);
        assertThat(calendar.phase(JAN_15, true, LocalDateTime.of(2026, 11, 28, 9, 0))).isInstanceOf(BookingCalendar.Phase.Drawn.class);
        assertThat(calendar.phase(JAN_15, true, LocalDateTime.of(2026, 12, 1, 9, 0))).isInstanceOf(BookingCalendar.Phase.Open.class);
    }

    @Test
    void refundsFollowTheScheduleAtEachDayBoundary() {
        LocalDate day = LocalDate.of(2026, 12, 20);
        assertThat(calendar.refundPercent(day, day.minusDays(8))).isEqualTo(100);
        assertThat(calendar.refundPercent(day, day.minusDays(7))).isEqualTo(100);
        assertThat(calendar.refundPercent(day, day.minusDays(6))).isEqualTo(90);
        assertThat(calendar.refundPercent(day, day.minusDays(3))).isEqualTo(90);
        assertThat(calendar.refundPercent(day, day.minusDays(2))).isEqualTo(70);
        assertThat(calendar.refundPercent(day, day.minusDays(1))).isEqualTo(70);
        assertThat(calendar.refundPercent(day, day)).isZero();
    }

    @Test
    void checkInOpensHalfAnHourBeforeAndTheNoShowFallsAtTheFifteenthMinute() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 20, 10, 0);
        assertThat(calendar.checkInFrom(start)).isEqualTo(LocalDateTime.of(2026, 12, 20, 9, 30));
        assertThat(calendar.noShowAt(start)).isEqualTo(LocalDateTime.of(2026, 12, 20, 10, 15));
    }

    @Test
    void theCalendarShowsTheOpenWindowAndNextMonthWhileItsLotteryTakesEntries() {
        assertThat(calendar.lastOpenDay(LocalDateTime.of(2026, 11, 21, 10, 0))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.lastOpenDay(LocalDateTime.of(2026, 12, 1, 8, 59))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.lastOpenDay(LocalDateTime.of(2026, 12, 1, 9, 0))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(calendar.lastShownDay(LocalDateTime.of(2026, 11, 20, 10, 0))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.lastShownDay(LocalDateTime.of(2026, 11, 21, 10, 0))).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aSiteChangesAFigureAndTheRuleFollows() {
        BookingPolicy sooner = BookingPolicy.DEFAULTS.with(java.util.Map.of("windowOpensAt", "10:00", "priorityDays", "5"));
        BookingCalendar changed = new BookingCalendar(sooner);
        assertThat(changed.residentsFrom(JAN_15)).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 0));
        assertThat(changed.everyoneFrom(JAN_15)).isEqualTo(LocalDateTime.of(2026, 12, 6, 10, 0));
    }

    @Test
    void anUnknownOrMalformedSettingIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(java.util.Map.of("perWek", "3")))
                .hasMessageContaining("unknown booking policy setting 'perWek'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(java.util.Map.of("perWeek", "two")))
                .hasMessageContaining("'perWeek' must be a whole number, not 'two'");
    }
}
