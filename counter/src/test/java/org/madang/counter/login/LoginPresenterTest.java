package org.madang.counter.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.ClerkAccounts;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.Role;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LoginPresenterTest {

    /** Writes down what the screen was told. */
    static final class Seen implements LoginView, LockView {
        final List<String> said = new ArrayList<>();

        @Override
        public void showSignedIn(Clerk clerk) {
            said.add("in:" + clerk.login() + ":" + clerk.role());
        }

        @Override
        public void showRejected() {
            said.add("rejected");
        }

        @Override
        public void showLocked(LocalDateTime until) {
            said.add("locked:" + until.toLocalTime());
        }

        @Override
        public void showOtherCentre(String centre) {
            said.add("otherCentre:" + centre);
        }

        @Override
        public void showMustChange(Clerk clerk, boolean required) {
            said.add((required ? "change:" : "wantsChange:") + clerk.login());
        }

        @Override
        public void showPasswordRefused(Refusal why) {
            said.add("refused:" + why.messageKey());
        }

        @Override
        public void showSignInForm() {
            said.add("form");
        }

        @Override
        public void showUnlocked() {
            said.add("unlocked");
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }

        @Override
        public void setBusy(boolean busy) {
            // not recorded
        }
    }

    @Test
    void signsInWithTheRightPasswordOnlyAndAuditsBoth() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            LoginPresenter presenter = new LoginPresenter(view, f.services.clerks(), new DirectTasks());
            presenter.signIn("tester", "wrong".toCharArray());
            presenter.signIn("tester", "secret-pass".toCharArray());
            presenter.signIn("", new char[0]);
            assertThat(view.said).containsExactly("rejected", "in:tester:CLERK", "rejected");
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkSignInFailed'")).isEqualTo(1);
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkSignedIn'")).isEqualTo(1);
        }
    }

    @Test
    void anotherCentresClerkIsToldWhereToSignIn() {
        try (CounterFixture f = new CounterFixture()) {
            f.site.execute("INSERT INTO centre (code, name) VALUES ('east', '동부 행정복지센터')");
            f.site.execute("UPDATE clerk SET site = 'east' WHERE login = 'tester'");
            Seen view = new Seen();
            new LoginPresenter(view, f.services.clerks(), new DirectTasks()).signIn("tester", "secret-pass".toCharArray());
            new LockPresenter(view, f.services.clerks(), new DirectTasks(), "tester").unlock("secret-pass".toCharArray());
            assertThat(view.said).containsExactly("otherCentre:동부 행정복지센터", "otherCentre:동부 행정복지센터");
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkSignedIn'")).isZero();
        }
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndSaysUntilWhen() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            LoginPresenter presenter = new LoginPresenter(view, f.services.clerks(), new DirectTasks());
            for (int i = 0; i < ClerkService.MAX_FAILURES; i++) {
                presenter.signIn("tester", "wrong-guess".toCharArray());
            }
            presenter.signIn("tester", "secret-pass".toCharArray());
            assertThat(view.said).containsExactly("rejected", "rejected", "rejected", "rejected", "locked:10:15", "locked:10:15");
        }
    }

    @Test
    void aTemporaryPasswordLeadsToTheClerksOwnBeforeTheWindowOpens() {
        try (CounterFixture f = new CounterFixture()) {
            var made = (ClerkAccounts.Outcome.Done) f.site.clerkAccounts().create("new.one", "새 직원", Role.CLERK,
                    DemoSeeder.DEMO_ADMIN_LOGIN);
            String temporary = made.temporaryPassword().orElseThrow();
            Seen view = new Seen();
            LoginPresenter presenter = new LoginPresenter(view, f.services.clerks(), new DirectTasks());
            presenter.signIn("new.one", temporary.toCharArray());
            presenter.changePassword("first-own-1".toCharArray(), "first-own-2".toCharArray());
            presenter.changePassword("short".toCharArray(), "short".toCharArray());
            presenter.changePassword("first-own-1".toCharArray(), "first-own-1".toCharArray());
            assertThat(view.said).containsExactly("change:new.one", "refused:clerk.password.mismatch", "refused:clerk.password.short",
                    "in:new.one:CLERK");
            // from now on the new password is the one
            presenter.signIn("new.one", temporary.toCharArray());
            presenter.signIn("new.one", "first-own-1".toCharArray());
            assertThat(view.said).endsWith("rejected", "in:new.one:CLERK");
        }
    }

    @Test
    void givingUpTheChangeLeavesTheTemporaryPasswordAndTheFormEmpty() {
        try (CounterFixture f = new CounterFixture()) {
            var reset = (ClerkAccounts.Outcome.Done) f.site.clerkAccounts().resetPassword("tester", DemoSeeder.DEMO_ADMIN_LOGIN);
            Seen view = new Seen();
            LoginPresenter presenter = new LoginPresenter(view, f.services.clerks(), new DirectTasks());
            presenter.signIn("tester", reset.temporaryPassword().orElseThrow().toCharArray());
            presenter.cancelChange();
            presenter.changePassword("first-own-1".toCharArray(), "first-own-1".toCharArray());
            assertThat(view.said).containsExactly("change:tester", "form");
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkPasswordChanged' AND subject = 'clerk:tester'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aClerkMayChangeTheirOwnPasswordAsTheySignIn() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            LoginPresenter presenter = new LoginPresenter(view, f.services.clerks(), new DirectTasks());
            presenter.signIn("tester", "secret-pass".toCharArray(), true);
            presenter.changePassword("secret-pass".toCharArray(), "secret-pass".toCharArray());
            presenter.changePassword("brand-new-pw".toCharArray(), "brand-new-pw".toCharArray());
            assertThat(view.said).containsExactly("wantsChange:tester", "refused:clerk.password.same", "in:tester:CLERK");
            presenter.signIn("tester", "brand-new-pw".toCharArray());
            assertThat(view.said).last().isEqualTo("in:tester:CLERK");
        }
    }

    @Test
    void aLockedCounterOpensOnlyForItsClerksPasswordWhichCountsAsASignIn() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            LockPresenter lock = new LockPresenter(view, f.services.clerks(), new DirectTasks(), "tester");
            lock.unlock(new char[0]);
            lock.unlock("madang1234".toCharArray());
            lock.unlock("secret-pass".toCharArray());
            assertThat(view.said).containsExactly("rejected", "rejected", "unlocked");
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkSignInFailed' AND subject = 'clerk:tester'"))
                    .isEqualTo(1);
        }
    }

    /** Issue 22: a desk locked after idle opens for its clerk through an outage of the county. */
    @Test
    void aLockedCounterOpensForItsClerkWhileTheCountyDoesNotAnswer() {
        try (CounterFixture f = new CounterFixture()) {
            boolean[] down = {false};
            ClerkService clerks = new ClerkService(org.jdbi.v3.core.Jdbi.create(f.site.countyThatStops(() -> down[0])), f.site.events(),
                    f.site.hasher(), f.site.clock);
            Seen view = new Seen();
            LockPresenter lock = new LockPresenter(view, clerks, new DirectTasks(), "tester");
            down[0] = true;
            lock.unlock("secret-pass".toCharArray());
            assertThat(view.said).as("not signed in here: the county must answer").containsExactly("failure");
            down[0] = false;
            assertThat(clerks.signIn("tester", "secret-pass".toCharArray())).isInstanceOf(org.madang.core.clerk.SignIn.SignedIn.class);
            down[0] = true;
            lock.unlock("wrong-pass".toCharArray());
            lock.unlock("secret-pass".toCharArray());
            assertThat(view.said).containsExactly("failure", "rejected", "unlocked");
        }
    }

}
