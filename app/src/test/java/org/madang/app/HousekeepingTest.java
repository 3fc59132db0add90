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
        return new Housekeeping(site.slotPlanner(), site.sweeper(), site.courseSweeper(), site.rules()::calendar, site.clock,
                site.events()::head, site.dir.logs());
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

    @Test
    void theChainsHeadIsKeptInTheLogsEveryTenMinutesWhenItMoved() throws Exception {
        Housekeeping chores = chores();
        chores.round();
        var kept = org.madang.core.event.ChainCheckpoint.read(site.dir.logs());
        assertThat(kept).singleElement().satisfies(c -> assertThat(c.lastId()).isEqualTo(site.events().latestId()));
        site.clock.set(site.clock.localNow().plusMinutes(5));
        site.events().append(new org.madang.core.event.EventDraft(org.madang.core.event.EventType.CLERK_SIGNED_IN, "clerk:a", "clerk:a",
                java.util.Map.of()));
        chores.round();
        assertThat(org.madang.core.event.ChainCheckpoint.read(site.dir.logs())).as("not yet ten minutes").hasSize(1);
        site.clock.set(site.clock.localNow().plusMinutes(6));
        chores.round();
        assertThat(org.madang.core.event.ChainCheckpoint.read(site.dir.logs())).hasSize(2).last()
                .satisfies(c -> assertThat(c.lastId()).isEqualTo(site.events().latestId()));
        assertThat(site.events().verify(org.madang.core.event.ChainCheckpoint.read(site.dir.logs())).intact()).isTrue();
    }
}
