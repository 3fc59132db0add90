package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.testing.TestSite;

class BansTest {
    private static final String LEAD = DemoSeeder.DEMO_SUPERVISOR_LOGIN;

    private static Bans banned(TestSite site, long resident) {
        site.execute("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (" + resident + ", TIMESTAMP '2026-11-20 00:00:00', "
                + "TIMESTAMP '2026-12-20 00:00:00')");
        return new Bans(site.database.jdbi(), site.events(), site.clock);
    }

    @Test
    void aSupervisorShortensABanForAReasonKeepingTheOriginalEndAndTellingTheResident() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            Bans bans = banned(site, 3);
            assertThat(bans.change(3, LocalDate.of(2026, 12, 1), "", LEAD)).map(Refusal::messageKey).hasValue("ban.refused.reasonNeeded");
            assertThat(bans.change(3, LocalDate.of(2026, 12, 25), "병원 입원 확인", LEAD)).map(Refusal::messageKey)
                    .hasValue("ban.refused.notShorter");
            assertThat(bans.change(3, LocalDate.of(2026, 12, 1), "병원 입원 확인", LEAD)).isEmpty();
            assertThat(bans.until(3)).hasValue(LocalDate.of(2026, 12, 1).atStartOfDay());
            assertThat(site.count("SELECT COUNT(*) FROM booking_ban WHERE resident_id = 3 AND original_ends_at = TIMESTAMP '2026-12-20 00:00:00' "
                    + "AND changed_by = 'lead'")).isEqualTo(1);
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'BookingBanChanged' AND actor = 'clerk:lead'")).isEqualTo(1);
            assertThat(site.count("SELECT COUNT(*) FROM resident_message WHERE resident_id = 3 AND message_key = 'message.banShortened'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void liftingEndsItNowAndOnlyASupervisorMay() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            Bans bans = banned(site, 3);
            assertThatThrownBy(() -> bans.change(3, null, "착오로 부과됨", "clerk1")).isInstanceOf(NotPermitted.class);
            assertThat(bans.until(3)).isPresent();
            assertThat(bans.change(3, null, "착오로 부과됨", LEAD)).isEmpty();
            assertThat(bans.until(3)).isEmpty();
            assertThat(bans.change(3, null, "착오로 부과됨", LEAD)).map(Refusal::messageKey).hasValue("ban.refused.none");
            assertThat(site.count("SELECT COUNT(*) FROM resident_message WHERE resident_id = 3 AND message_key = 'message.banLifted'"))
                    .isEqualTo(1);
        }
    }
}
