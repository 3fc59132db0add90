package org.madang.counter.login;

import java.util.Arrays;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.SignIn;
import org.madang.ui.Tasks;

/**
 * Unlocks the counter for the clerk who locked it: their password is a sign-in like any
 * other (counted towards the lockout, recorded), so a locked window cannot be guessed open;
 * while the county does not answer, it is checked against the clerk's sign-in at this desk
 * ({@link ClerkService#unlock}).
 */
public final class LockPresenter {
    private final LockView view;
    private final ClerkService clerks;
    private final Tasks tasks;
    private final String login;

    public LockPresenter(LockView view, ClerkService clerks, Tasks tasks, String login) {
        this.view = view;
        this.clerks = clerks;
        this.tasks = tasks;
        this.login = login;
    }

    public void unlock(char[] password) {
        if (password.length == 0) {
            view.showRejected();
            return;
        }
        char[] typed = password.clone();
        Arrays.fill(password, '\0');
        view.setBusy(true);
        tasks.run(() -> {
            try {
                return clerks.unlock(login, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, outcome -> {
            view.setBusy(false);
            if (outcome instanceof SignIn.SignedIn || outcome instanceof SignIn.UnlockedAway) {
                view.showUnlocked();
            } else if (outcome instanceof SignIn.Locked locked) {
                view.showLocked(locked.until());
            } else if (outcome instanceof SignIn.OtherCentre other) {
                view.showOtherCentre(other.centre());
            } else {
                view.showRejected();
            }
        }, e -> {
            view.setBusy(false);
            view.showFailure();
        });
    }
}
