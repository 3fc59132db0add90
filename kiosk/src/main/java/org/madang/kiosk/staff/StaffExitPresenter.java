package org.madang.kiosk.staff;

import java.util.Arrays;
import java.util.function.Supplier;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.SignIn;
import org.madang.kiosk.shell.Loading;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * The staff exit of a kiosk that runs as an appliance (its session starts it again whenever it
 * ends, except after this): a key sequence only staff know opens a sign-in; a clerk who may look
 * after kiosks ({@link Permission#KIOSKS}) closes the kiosk with their login and password. The
 * sign-in is the counter's, with its events (signed in, failed, locked after five tries).
 */
public final class StaffExitPresenter {
    private final StaffExitView view;
    private final ClerkService clerks;
    private final Loading loading;
    private final Supplier<Messages> words;
    private final Runnable close;

    /** @param close ends the kiosk with status 0, which ends its session */
    public StaffExitPresenter(StaffExitView view, ClerkService clerks, Loading loading, Supplier<Messages> words, Runnable close) {
        this.view = view;
        this.clerks = clerks;
        this.loading = loading;
        this.words = words;
        this.close = close;
    }

    public void start() {
        view.showForm();
    }

    /** Closes the kiosk if {@code login} and {@code password} are those of a clerk who may; the password is wiped either way. */
    public void close(String login, char[] password) {
        if (login.isBlank() || password.length == 0) {
            Arrays.fill(password, '\0');
            view.showRefused(words.get().get("clerk.kioskExit.empty"));
            return;
        }
        loading.run(() -> {
            try {
                return clerks.signIn(login, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, this::signedIn);
    }

    private void signedIn(SignIn outcome) {
        Messages said = words.get();
        if (outcome instanceof SignIn.SignedIn in) {
            if (in.clerk().may(Permission.KIOSKS)) {
                close.run();
            } else {
                view.showRefused(said.get("clerk.kioskExit.notAllowed", in.clerk().name()));
            }
        } else if (outcome instanceof SignIn.Locked locked) {
            view.showRefused(said.get("clerk.kioskExit.locked", new Formats(said).time(locked.until())));
        } else if (outcome instanceof SignIn.OtherCentre other) {
            view.showRefused(said.get("counter.login.otherCentre", other.centre()));
        } else {
            view.showRefused(said.get("clerk.kioskExit.wrong"));
        }
    }
}
