package org.madang.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoSeeder;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.shell.Loading;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/**
 * The staff exit, presenter and a recording view, no window: only a clerk who may look after
 * kiosks closes it, every try is the counter's sign-in with its events, and the password is wiped.
 */
class StaffExitPresenterTest {
    private final KioskFixtureAccess fixture = KioskFixtureAccess.create();
    private final Messages en = Messages.forLanguage("en");
    private final List<String> refusals = new ArrayList<>();
    private int forms;
    private int closed;
    private final StaffExitView view = new StaffExitView() {
        @Override
        public void showForm() {
            forms++;
        }

        @Override
        public void showRefused(String reason) {
            refusals.add(reason);
        }
    };
    private final StaffExitPresenter presenter = new StaffExitPresenter(view, fixture.services().clerks(),
            new Loading(new DirectTasks(), busy -> { }, () -> refusals.add("failure")), () -> en, () -> closed++);

    @AfterEach
    void close() {
        fixture.close();
    }

    private long events(String type) {
        return fixture.site().count("SELECT COUNT(*) FROM event_log WHERE type = '" + type + "'");
    }

    @Test
    void aSupervisorClosesTheKioskAndThePasswordIsWiped() {
        presenter.start();
        assertThat(forms).isEqualTo(1);
        long signedIn = events("ClerkSignedIn");
        char[] password = DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray();
        presenter.close(DemoSeeder.DEMO_SUPERVISOR_LOGIN, password);
        assertThat(closed).isEqualTo(1);
        assertThat(refusals).isEmpty();
        assertThat(new String(password)).as("wiped").isEqualTo("\0".repeat(password.length));
        assertThat(events("ClerkSignedIn")).isEqualTo(signedIn + 1);
    }

    @Test
    void aClerkWhoMayNotAWrongPasswordAndNothingTypedAreRefusedInWords() {
        presenter.close(DemoSeeder.DEMO_CLERK_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray());
        long failed = events("ClerkSignInFailed");
        presenter.close(DemoSeeder.DEMO_ADMIN_LOGIN, "not-the-password".toCharArray());
        presenter.close(" ", new char[0]);
        assertThat(closed).isZero();
        assertThat(refusals).hasSize(3);
        assertThat(refusals.get(0)).endsWith("may not close kiosks: a supervisor or an administrator may.");
        assertThat(refusals.get(1)).isEqualTo(en.get("clerk.kioskExit.wrong"));
        assertThat(refusals.get(2)).isEqualTo(en.get("clerk.kioskExit.empty"));
        assertThat(events("ClerkSignInFailed")).isEqualTo(failed + 1);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginAndSayUntilWhen() {
        for (int i = 0; i < 5; i++) {
            presenter.close(DemoSeeder.DEMO_ADMIN_LOGIN, "wrong".toCharArray());
        }
        presenter.close(DemoSeeder.DEMO_ADMIN_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray());
        assertThat(closed).as("locked, even with the right password").isZero();
        assertThat(refusals.get(refusals.size() - 1)).startsWith("Too many wrong passwords: this login is locked until ");
    }
}
