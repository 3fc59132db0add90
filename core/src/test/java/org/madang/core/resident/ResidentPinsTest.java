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

    /**
     * A PIN a resident set at a centre before its move into the county: checked with that centre's
     * key (and its id there), made the county's at the first right check; without that key, not checked.
     */
    @Test
    void aPinKeptFromAMovedCentreIsCheckedWithItsKeyThenMadeTheCountys() {
        try (TestSite own = TestSite.seeded(TestSite.tempRoot())) {
            RrnCipher centre = new RrnCipher(org.madang.core.site.SiteKeys.fixed((byte) 42), new java.security.SecureRandom());
            long resident = 6;
            own.execute("UPDATE resident SET pin_hash = '" + ResidentPins.moved("byeol", 812, ResidentPins.stored(centre, 812, "2580"))
                    + "', pin_failures = 0 WHERE id = " + resident);
            ResidentPins here = new ResidentPins(own.database.jdbi(), own.events(), own.cipher());
            assertThat(here.check(resident, "2580").check()).as("a terminal without the centre's keys cannot check it").isEqualTo(Check.NOT_SET);
            ResidentPins county = new ResidentPins(own.database.jdbi(), own.events(), own.cipher(), java.util.Map.of("byeol", centre));
            assertThat(county.check(resident, "0000")).isEqualTo(new ResidentPins.Outcome(Check.WRONG, 4));
            assertThat(own.count("SELECT COUNT(*) FROM resident WHERE pin_hash LIKE 'moved:byeol:812:%' AND id = " + resident)).isOne();
            assertThat(county.check(resident, "2580")).isEqualTo(new ResidentPins.Outcome(Check.RIGHT, ResidentPins.MAX_FAILURES));
            assertThat(own.count("SELECT COUNT(*) FROM resident WHERE pin_hash LIKE 'moved:%' AND id = " + resident)).isZero();
            assertThat(here.check(resident, "2580").check()).as("the county's now: any terminal checks it").isEqualTo(Check.RIGHT);
        }
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
