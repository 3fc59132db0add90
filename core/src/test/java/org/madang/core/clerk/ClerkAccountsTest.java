package org.madang.core.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.residentfile.ResidentFiles;
import org.madang.core.testing.TestSite;

class ClerkAccountsTest {
    private static final String ADMIN = DemoSeeder.DEMO_ADMIN_LOGIN;
    private static final char[] DEMO = DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray();

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesAndTheRightOneThenWaits() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            ClerkService clerks = site.clerks();
            for (int i = 1; i < ClerkService.MAX_FAILURES; i++) {
                assertThat(clerks.signIn("clerk1", "wrong-one".toCharArray())).isInstanceOf(SignIn.Rejected.class);
            }
            assertThat(clerks.signIn("clerk1", "wrong-one".toCharArray()))
                    .isEqualTo(new SignIn.Locked(TestSite.NOW.plus(ClerkService.LOCKOUT)));
            assertThat(clerks.signIn("clerk1", DEMO)).isInstanceOf(SignIn.Locked.class);
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkLocked'")).isEqualTo(1);

            site.clock.advance(ClerkService.LOCKOUT.plus(Duration.ofSeconds(1)));
            assertThat(clerks.signIn("clerk1", DEMO)).isInstanceOfSatisfying(SignIn.SignedIn.class,
                    s -> assertThat(s.clerk().role()).isEqualTo(Role.CLERK));
            // a good sign-in starts the count again
            for (int i = 1; i < ClerkService.MAX_FAILURES; i++) {
                clerks.signIn("clerk1", "wrong-one".toCharArray());
            }
            assertThat(clerks.signIn("clerk1", DEMO)).isInstanceOf(SignIn.SignedIn.class);
            // an unknown login is refused the same way, and locks nothing
            assertThat(clerks.signIn("nobody", DEMO)).isInstanceOf(SignIn.Rejected.class);
        }
    }

    @Test
    void anAdminMakesAnAccountWithATemporaryPasswordThatMustBeChangedAtOnce() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            ClerkAccounts accounts = site.clerkAccounts();
            var made = accounts.create("park.sj", "박서준", Role.OFFICER, ADMIN);
            assertThat(made).isInstanceOf(ClerkAccounts.Outcome.Done.class);
            String temporary = ((ClerkAccounts.Outcome.Done) made).temporaryPassword().orElseThrow();
            assertThat(temporary).hasSize(10).doesNotContainAnyWhitespaces();

            assertThat(site.clerks().signIn("park.sj", temporary.toCharArray()))
                    .isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.mustChangePassword()).isTrue());
            assertThat(site.clerks().changePassword("park.sj", temporary.toCharArray(), "short".toCharArray()))
                    .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("clerk.password.short"));
            assertThat(site.clerks().changePassword("park.sj", "not-it-at-all".toCharArray(), "a-good-one-9".toCharArray()))
                    .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("clerk.password.currentWrong"));
            assertThat(site.clerks().changePassword("park.sj", temporary.toCharArray(), "a-good-one-9".toCharArray())).isEmpty();
            assertThat(site.clerks().signIn("park.sj", "a-good-one-9".toCharArray()))
                    .isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.mustChangePassword()).isFalse());

            assertThat(accounts.create("park.sj", "다른 사람", Role.CLERK, ADMIN)).isInstanceOfSatisfying(ClerkAccounts.Outcome.Refused.class,
                    r -> assertThat(r.refusal().messageKey()).isEqualTo("clerk.account.loginTaken"));
            assertThat(accounts.create("Bad Login!", "누구", Role.CLERK, ADMIN)).isInstanceOfSatisfying(ClerkAccounts.Outcome.Refused.class,
                    r -> assertThat(r.refusal().messageKey()).isEqualTo("clerk.account.loginForm"));
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type IN ('ClerkAdded', 'ClerkPasswordChanged')")).isEqualTo(2);
        }
    }

    @Test
    void resetUnlocksAndSwitchingOffStopsSignInAndEveryActAtOnce() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            ClerkAccounts accounts = site.clerkAccounts();
            for (int i = 0; i < ClerkService.MAX_FAILURES; i++) {
                site.clerks().signIn("clerk2", "wrong-one".toCharArray());
            }
            var reset = (ClerkAccounts.Outcome.Done) accounts.resetPassword("clerk2", ADMIN);
            assertThat(reset.account().lockedAt(TestSite.NOW)).isFalse();
            assertThat(site.clerks().signIn("clerk2", reset.temporaryPassword().orElseThrow().toCharArray()))
                    .isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.mustChangePassword()).isTrue());

            assertThat(accounts.setActive("clerk1", false, ADMIN)).isInstanceOf(ClerkAccounts.Outcome.Done.class);
            assertThat(site.clerks().signIn("clerk1", DEMO)).isInstanceOf(SignIn.Rejected.class);
            // a window still open from before cannot act for them either
            long booking = site.count("SELECT MIN(id) FROM booking WHERE payment = 'UNPAID' AND status = 'BOOKED' AND fee > 0");
            assertThatThrownBy(() -> site.payments().record(ItemKind.BOOKING, booking, PayMethod.CASH, "clerk1"))
                    .isInstanceOf(NotPermitted.class);
            assertThat(site.count("SELECT COUNT(*) FROM payment")).isZero();
            // nor may an admin switch themselves off or out of the admin role
            assertThat(accounts.setActive(ADMIN, false, ADMIN)).isInstanceOf(ClerkAccounts.Outcome.Refused.class);
            assertThat(accounts.setRole(ADMIN, Role.CLERK, ADMIN)).isInstanceOf(ClerkAccounts.Outcome.Refused.class);
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type IN ('ClerkPasswordReset', 'ClerkDeactivated')")).isEqualTo(2);
        }
    }

    @Test
    void eachRoleMayOnlyWhatItsRoleAllowsWhateverTheScreenOffers() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            // only an admin keeps accounts
            assertThatThrownBy(() -> site.clerkAccounts().create("x.y.z", "누구", Role.ADMIN, "clerk1"))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> site.clerkAccounts().list(DemoSeeder.DEMO_SUPERVISOR_LOGIN)).isInstanceOf(NotPermitted.class);
            // an admin does not serve at the window
            long booking = site.count("SELECT MIN(id) FROM booking WHERE payment = 'UNPAID' AND status = 'BOOKED' AND fee > 0");
            assertThatThrownBy(() -> site.payments().record(ItemKind.BOOKING, booking, PayMethod.CASH, ADMIN))
                    .isInstanceOf(NotPermitted.class)
                    .satisfies(e -> assertThat(((NotPermitted) e).refusal().messageKey()).isEqualTo("clerk.refused.window"));
            // the full registration number: a supervisor's, not a clerk's
            ResidentFiles files = site.residentFiles();
            assertThat(files.revealRrn(1, "신분증 대조", "clerk1")).isInstanceOfSatisfying(ResidentFiles.RevealOutcome.Refused.class,
                    r -> assertThat(r.refusal().messageKey()).isEqualTo("clerk.refused.reveal_rrn"));
            assertThat(files.revealRrn(1, "신분증 대조", DemoSeeder.DEMO_SUPERVISOR_LOGIN))
                    .isInstanceOf(ResidentFiles.RevealOutcome.Revealed.class);
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'RrnRevealed'")).isEqualTo(1);
            // a role changed by the admin counts from the next act
            site.clerkAccounts().setRole("clerk1", Role.SUPERVISOR, ADMIN);
            assertThat(files.revealRrn(1, "신분증 대조", "clerk1")).isInstanceOf(ResidentFiles.RevealOutcome.Revealed.class);
        }
    }
}
