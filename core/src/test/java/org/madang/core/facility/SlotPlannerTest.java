package org.madang.core.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** Slots come from opening hours and slot length; planning twice adds nothing. */
class SlotPlannerTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());

    SlotPlannerTest() {
        site.execute("INSERT INTO facility (site, id, code, category, name_ko, name_en, summary_ko, summary_en, location_ko, location_en, "
                + "capacity, per_seat, fee, opens_at, closes_at, slot_minutes, popular) VALUES "
                + "('main', 1, 'court', 'SPORTS', '코트', 'Court', '', '', '', '', 1, FALSE, 4000, '06:00', '22:00', 120, FALSE), "
                + "('main', 2, 'camp', 'CAMPING', '캠핑장', 'Campsite', '', '', '', '', 8, FALSE, 25000, '14:00', '11:00', 1260, FALSE)");
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void plansEachDayFromOpeningHoursAndOnlyOnce() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        assertThat(site.slotPlanner().planUntil(from, from.plusDays(1))).isEqualTo(2 * 8 + 2);
        assertThat(site.slotPlanner().planUntil(from, from.plusDays(1))).isZero();
        assertThat(site.slotPlanner().planUntil(from, from.plusDays(2))).isEqualTo(9);
        var court = site.facilities().slots(1, from, from.atStartOfDay());
        assertThat(court).hasSize(8);
        assertThat(court.get(7).endsAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 22, 0));
        var camp = site.facilities().slots(2, from, from.atStartOfDay()).get(0);
        assertThat(camp.endsAt()).isEqualTo(LocalDateTime.of(2026, 12, 2, 11, 0));
        assertThat(camp.capacity()).isEqualTo(8);
    }
}
