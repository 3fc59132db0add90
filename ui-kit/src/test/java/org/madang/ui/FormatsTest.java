package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** One way to write a date, a time and an amount, for the kiosk and the counter alike. */
class FormatsTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 5, 9);
    private final Formats ko = new Formats(Messages.forLanguage("ko"));
    private final Formats en = new Formats(Messages.forLanguage("en"));

    @Test
    void moneyIsGroupedAndNamedAndNothingIsFree() {
        assertThat(ko.won(12_000)).isEqualTo("12,000원");
        assertThat(ko.won(0)).as("a refund of nothing is still an amount").isEqualTo("0원");
        assertThat(ko.money(0)).isEqualTo("무료");
        assertThat(ko.money(1_500)).isEqualTo("1,500원");
        assertThat(en.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(en.money(0)).isEqualTo(Messages.forLanguage("en").get("booking.fee.free"));
    }

    @Test
    void tablesUseSortableDaysAndListsShortenThisYear() {
        assertThat(ko.day(AT.toLocalDate())).isEqualTo("2026-12-02");
        assertThat(ko.day(AT)).isEqualTo("2026-12-02");
        assertThat(ko.stamp(AT)).isEqualTo("2026-12-02 14:05");
        assertThat(ko.shortStamp(AT)).isEqualTo("12/2 14:05");
        assertThat(ko.time(AT)).isEqualTo("14:05");
        assertThat(ko.seconds(AT)).isEqualTo("14:05:09");
        LocalDate today = LocalDate.of(2026, 12, 20);
        assertThat(ko.dayInList(LocalDate.of(2026, 11, 21), today)).isEqualTo("11/21");
        assertThat(ko.dayInList(LocalDate.of(2025, 11, 21), today)).isEqualTo("2025-11-21");
        assertThat(ko.stampInList(AT.minusYears(1), today)).isEqualTo("2025-12-02 14:05");
        assertThat(ko.stampInList(AT, today)).isEqualTo("12/2 14:05");
    }

    @Test
    void weekdaysAreInTheScreensLanguage() {
        assertThat(ko.weekday(AT)).isEqualTo("12/2 (수)");
        assertThat(en.weekday(AT)).isEqualTo("12/2 (Wed)");
        assertThat(ko.weekdayTime(AT)).isEqualTo("12/2 (수) 14:05");
        assertThat(ko.weeklyTime(AT)).isEqualTo("수 14:05");
        assertThat(ko.date(AT.toLocalDate())).isEqualTo("2026년 12월 2일 (수)");
        assertThat(ko.dayShort(AT.toLocalDate())).isEqualTo("12/2");
    }

    @Test
    void aSlotPastMidnightSaysTheNextDay() {
        assertThat(ko.period(AT.withHour(14).withMinute(0), AT.withHour(16).withMinute(0))).isEqualTo("14:00 – 16:00");
        assertThat(ko.period(AT.withHour(22).withMinute(0), AT.plusDays(1).withHour(1).withMinute(0))).isEqualTo("22:00 – 다음 날 01:00");
    }
}
