package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The booking policy's figures by name: read out and laid back over a policy, each to its own field. */
class BookingPolicyTest {

    @Test
    void everyFigureReadsOutByNameAndComesBackTheSame() {
        Map<String, String> settings = BookingPolicy.DEFAULTS.settings();
        assertThat(settings.keySet()).containsExactlyElementsOf(BookingPolicy.NAMES).hasSize(23);
        assertThat(settings).containsEntry("windowOpensAt", "09:00").containsEntry("checkInEarlyMinutes", "30")
                .containsEntry("maxParty", "10");
        assertThat(BookingPolicy.DEFAULTS.with(settings)).isEqualTo(BookingPolicy.DEFAULTS);
    }

    @Test
    void aSettingChangesOnlyItsOwnFigure() {
        BookingPolicy p = BookingPolicy.DEFAULTS.with(Map.of("perWeek", "3", "windowOpensAt", " 10:30 ", "noShowAfterMinutes", "20"));
        assertThat(p.perWeek()).isEqualTo(3);
        assertThat(p.windowOpensAt()).isEqualTo(LocalTime.of(10, 30));
        assertThat(p.noShowAfter()).isEqualTo(Duration.ofMinutes(20));
        assertThat(p.perFacilityPerDay()).isEqualTo(BookingPolicy.DEFAULTS.perFacilityPerDay());
        assertThat(p.checkInEarly()).isEqualTo(BookingPolicy.DEFAULTS.checkInEarly());
        assertThat(p.maxParty()).isEqualTo(BookingPolicy.DEFAULTS.maxParty());
    }

    @Test
    void unknownNamesWrongValuesAndBrokenRulesAreNamed() {
        assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(Map.of("perMonth", "3")))
                .hasMessageStartingWith("unknown booking policy setting 'perMonth' (known: windowOpensMonthsBefore, windowOpensAt,");
        assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(Map.of("perWeek", "two")))
                .hasMessage("booking policy setting 'perWeek' must be a whole number, not 'two'");
        assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(Map.of("windowOpensAt", "9 o'clock")))
                .hasMessage("booking policy setting 'windowOpensAt' must be a time like 09:00, not '9 o'clock'");
        assertThatThrownBy(() -> BookingPolicy.DEFAULTS.with(Map.of("refundHighDays", "8")))
                .hasMessageContaining("refund days must fall");
    }
}
