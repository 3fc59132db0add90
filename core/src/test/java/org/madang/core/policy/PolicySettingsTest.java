package org.madang.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Fresh;
import org.madang.core.booking.BookingRules;
import org.madang.core.course.CoursePolicy;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;

/** The policy figures an administrator edits: each checked and previewed, saved with an event, and taken by a running terminal within seconds. */
class PolicySettingsTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot()).staff("root=ADMIN", "clerk1");

    @AfterEach
    void close() {
        site.close();
    }

    private PolicySettings settings() {
        return new PolicySettings(site.database.jdbi(), site.events(), site.clock);
    }

    @Test
    void everyFigureIsListedWithItsDefaultAndRange() {
        var all = settings().all();
        assertThat(all).hasSize(27);
        assertThat(all.get(0)).isEqualTo(new PolicySettings.Setting("windowOpensMonthsBefore", "1", "1", 0, 3));
        assertThat(all).filteredOn(s -> s.name().equals("windowOpensAt")).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo("09:00"));
        assertThat(all).filteredOn(s -> s.name().equals("courses.completionPercent")).singleElement()
                .satisfies(s -> assertThat(s.defaultValue()).isEqualTo("80"));
        assertThat(all).noneMatch(PolicySettings.Setting::changed);
    }

    @Test
    void aFigureOutOfRangeNotANumberOrOutOfOrderIsNamedAndNothingIsSaved() {
        long before = site.events().latestId();
        var refused = settings().save(Map.of("perWeek", "40", "banDays", "thirty", "windowOpensAt", "25:00", "nobody", "1"), "root");
        assertThat(refused.refused()).containsOnlyKeys("perWeek", "banDays", "windowOpensAt", "nobody");
        assertThat(refused.refused().get("perWeek").messageKey()).isEqualTo("counter.policy.range");
        assertThat(refused.refused().get("perWeek").args()).containsExactly(1, 21);
        assertThat(refused.refused().get("banDays").messageKey()).isEqualTo("counter.policy.number");
        assertThat(refused.refused().get("windowOpensAt").messageKey()).isEqualTo("counter.policy.time");
        // each in range, but full refunds must start earlier than the high ones
        var order = settings().save(Map.of("refundFullDays", "2", "refundHighDays", "3"), "root");
        assertThat(order.refused()).containsOnlyKeys("refundFullDays");
        assertThat(order.refused().get("refundFullDays").messageKey()).isEqualTo("counter.policy.refundOrder");
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting")).isZero();
        assertThat(site.events().latestId()).isEqualTo(before);
    }

    @Test
    void anAdministratorsChangeIsPreviewedSavedWithItsEventAndOnlyAnAdministratorsIs() {
        var preview = settings().preview(Map.of("perWeek", " 4 ", "seniorAge", "65"));
        assertThat(preview.changes()).containsExactly(new PolicySettings.Change("perWeek", "2", "4"));
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting")).isZero();
        var byClerk = settings().save(Map.of("perWeek", "4"), "clerk1");
        assertThat(byClerk.refused().values()).extracting(r -> r.messageKey()).containsExactly("clerk.refused.policy");
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting")).isZero();
        assertThat(settings().save(Map.of("perWeek", "4", "windowOpensAt", "9:30"), "root").valid()).isTrue();
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'perWeek' AND setting_value = '4'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'windowOpensAt' AND setting_value = '09:30'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PolicyChanged' AND actor = 'clerk:root'")).isEqualTo(2);
        // back to the default: the row goes, the event stays
        settings().save(Map.of("perWeek", "2"), "root");
        assertThat(site.count("SELECT COUNT(*) FROM policy_setting WHERE name = 'perWeek'")).isZero();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PolicyChanged'")).isEqualTo(3);
    }

    @Test
    void aRunningTerminalTakesTheChangeWithinSecondsWithoutARestart() {
        TestSite kiosk = TestSite.open(site.dir.root(), new Terminal("kiosk-2"));
        try {
            BookingRules rules = BookingRules.live(kiosk.database.jdbi(), kiosk.clock);
            Fresh<CoursePolicy> courses = Fresh.of(() -> CoursePolicy.load(kiosk.database.jdbi()), kiosk.clock);
            assertThat(rules.policy().perWeek()).isEqualTo(2);
            assertThat(courses.get().perTerm()).isEqualTo(2);
            settings().save(Map.of("perWeek", "5", "courses.perTerm", "3"), "root");
            kiosk.clock.advance(Duration.ofSeconds(2));
            assertThat(rules.policy().perWeek()).as("read a moment ago: not yet").isEqualTo(2);
            kiosk.clock.advance(Fresh.EVERY);
            assertThat(rules.policy().perWeek()).isEqualTo(5);
            assertThat(rules.calendar().policy().perWeek()).isEqualTo(5);
            assertThat(courses.get().perTerm()).isEqualTo(3);
            // a figure broken by hand in the database keeps the last good rules
            kiosk.execute("UPDATE policy_setting SET setting_value = 'many' WHERE name = 'perWeek'");
            kiosk.clock.advance(Fresh.EVERY);
            assertThat(rules.policy().perWeek()).isEqualTo(5);
        } finally {
            kiosk.close();
        }
    }
}
