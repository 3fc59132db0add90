package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** A terminal's background round plans slots to the end of the window and applies the time rules. */
class HousekeepingTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    private Housekeeping chores() {
        return new Housekeeping(site.slotPlanner(), site.sweeper(), site.courseSweeper(), site.rules()::calendar, site.clock);
    }

    @Test
    void aRoundPlansTheNextMonthWhenItsWindowComesNearAndSweeps() {
        long unpaidDue = site.count("SELECT COUNT(*) FROM booking WHERE status = 'BOOKED' AND payment = 'UNPAID' "
                + "AND pay_by <= '2026-12-22 09:00:00'");
        assertThat(unpaidDue).isPositive();
        site.clock.set(LocalDateTime.of(2026, 12, 22, 9, 0));

        chores().round();

        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE slot_day = '2027-02-28'")).isPositive();
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE status = 'BOOKED' AND payment = 'UNPAID' "
                + "AND pay_by <= '2026-12-22 09:00:00'")).isZero();
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE cancel_reason = 'UNPAID'")).isEqualTo(unpaidDue);
        long slots = site.count("SELECT COUNT(*) FROM slot");
        chores().round();
        assertThat(site.count("SELECT COUNT(*) FROM slot")).isEqualTo(slots);
    }
}
