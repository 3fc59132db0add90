package org.madang.core.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.testing.TestSite;

/**
 * A counter locked after idle opens for its clerk while the county's database does not answer
 * (issue 22: the desk goes on calling numbers through an outage), checked against the password
 * they signed in with at this terminal; a guesser gets {@link ClerkService#MAX_FAILURES} tries.
 */
class ClerkUnlockTest {
    private static final char[] DEMO = DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray();

    private final TestSite site = TestSite.seeded(TestSite.tempRoot());
    /** Whether the county's database refuses connections, as a stopped PostgreSQL does (SQL state 08001). */
    private boolean down;
    private final ClerkService clerks = new ClerkService(Jdbi.create(site.countyThatStops(() -> down)), site.events(), site.hasher(), site.clock);

    @org.junit.jupiter.api.AfterEach
    void close() {
        site.close();
    }

    @Test
    void theClerkSignedInHereOpensTheirLockedCounterThroughAnOutage() {
        down = true;
        assertThatThrownBy(() -> clerks.unlock("clerk1", DEMO.clone())).as("no sign-in here: nothing to check against")
                .isInstanceOf(ConnectionException.class);
        down = false;
        assertThat(clerks.signIn("clerk1", DEMO.clone())).isInstanceOf(SignIn.SignedIn.class);
        long events = site.count("SELECT COUNT(*) FROM event_log");

        down = true;
        assertThat(clerks.unlock("clerk1", DEMO.clone())).isInstanceOfSatisfying(SignIn.UnlockedAway.class,
                u -> assertThat(u.clerk().login()).isEqualTo("clerk1"));
        assertThat(clerks.unlock(" clerk1 ", DEMO.clone())).isInstanceOf(SignIn.UnlockedAway.class);
        assertThatThrownBy(() -> clerks.unlock("clerk2", DEMO.clone())).as("another clerk did not sign in here")
                .isInstanceOf(ConnectionException.class);

        down = false;
        assertThat(clerks.unlock("clerk1", DEMO.clone())).as("the county back: a sign-in it checks and records")
                .isInstanceOf(SignIn.SignedIn.class);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkSignedIn'")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM event_log")).isEqualTo(events + 1);

        clerks.signedOut("clerk1");
        down = true;
        assertThatThrownBy(() -> clerks.unlock("clerk1", DEMO.clone())).as("signed out: the desk opens only by the county")
                .isInstanceOf(ConnectionException.class);
    }

    @Test
    void aGuesserAtALockedCounterInAnOutageGetsFiveTriesAndThenTheDeskWaitsForTheCounty() {
        assertThat(clerks.signIn("clerk1", DEMO.clone())).isInstanceOf(SignIn.SignedIn.class);
        down = true;
        for (int i = 1; i < ClerkService.MAX_FAILURES; i++) {
            assertThat(clerks.unlock("clerk1", "guess-one".toCharArray())).isInstanceOf(SignIn.Rejected.class);
        }
        assertThat(clerks.unlock("clerk1", DEMO.clone())).as("the right one before the fifth wrong one opens it, and starts the count again")
                .isInstanceOf(SignIn.UnlockedAway.class);
        for (int i = 1; i < ClerkService.MAX_FAILURES; i++) {
            assertThat(clerks.unlock("clerk1", "guess-two".toCharArray())).isInstanceOf(SignIn.Rejected.class);
        }
        assertThat(clerks.unlock("clerk1", "guess-two".toCharArray()))
                .isEqualTo(new SignIn.Locked(TestSite.NOW.plus(ClerkService.LOCKOUT)));
        assertThatThrownBy(() -> clerks.unlock("clerk1", DEMO.clone())).as("even the right one now waits for the county")
                .isInstanceOf(ConnectionException.class);
        down = false;
        assertThat(clerks.unlock("clerk1", DEMO.clone())).isInstanceOf(SignIn.SignedIn.class);
    }
}
