package org.madang.core.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoCards;
import org.madang.core.resident.ResidentPins.Check;
import org.madang.core.testing.TestSite;

class ResidentPinsTest {
    private static TestSite site;
    private static ResidentPins pins;

    @BeforeAll
    static void seed() {
        site = TestSite.seeded(TestSite.tempRoot());
        pins = new ResidentPins(site.database.jdbi(), site.events(), site.cipher());
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theDemoCardHoldersHaveTheDemoPinAndOthersNone() {
        assertThat(pins.check(1, DemoCards.PIN).check()).isEqualTo(Check.RIGHT);
        assertThat(pins.check(4, DemoCards.PIN).check()).isEqualTo(Check.RIGHT);
        assertThat(pins.check(5, DemoCards.PIN).check()).isEqualTo(Check.NOT_SET);
        assertThat(site.count("SELECT COUNT(*) FROM resident WHERE pin_hash LIKE '%1234%' OR pin_hash = '1234'")).isZero();
    }

    @Test
    void fiveWrongTriesLockItUntilTheCounterSetsItAgain() {
        assertThat(pins.check(2, "0000")).isEqualTo(new ResidentPins.Outcome(Check.WRONG, 4));
        assertThat(pins.check(2, DemoCards.PIN).check()).isEqualTo(Check.RIGHT);
        assertThat(pins.check(2, "0000").triesLeft()).as("a right PIN starts the count again").isEqualTo(4);
        for (int i = 3; i >= 1; i--) {
            assertThat(pins.check(2, "12ab")).isEqualTo(new ResidentPins.Outcome(Check.WRONG, i));
        }
        assertThat(pins.check(2, "9999").check()).isEqualTo(Check.LOCKED);
        assertThat(pins.check(2, DemoCards.PIN).check()).as("locked even for the right PIN").isEqualTo(Check.LOCKED);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinLocked' AND subject = 'resident:2'")).isEqualTo(1);
        // every check is in the audit trail, its outcome and tries left, never the digits typed
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinChecked' AND subject = 'resident:2'")).isEqualTo(8);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinChecked' AND payload LIKE '%\"outcome\":\"WRONG\"%'"))
                .isEqualTo(6);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinChecked' AND (payload LIKE '%0000%' OR payload LIKE "
                + "'%12ab%' OR payload LIKE '%9999%' OR payload LIKE '%1234%')")).isZero();

        pins.set(2, "482915", "clerk1");
        assertThat(pins.check(2, "482915").check()).isEqualTo(Check.RIGHT);
        assertThat(pins.check(2, DemoCards.PIN).check()).isEqualTo(Check.WRONG);
        assertThatThrownBy(() -> pins.set(2, "12", "clerk1")).isInstanceOf(IllegalArgumentException.class);
    }
}
