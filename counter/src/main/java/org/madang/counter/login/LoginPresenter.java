package org.madang.counter.login;

import java.util.Arrays;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.SignIn;
import org.madang.ui.Tasks;

/**
 * Signs a clerk in off the UI thread (the password hash is slow on purpose): in, refused,
 * locked out for a while, or in on a temporary password that must first be changed.
 */
public final class LoginPresenter {
    private final LoginView view;
    private final ClerkService clerks;
    private final Tasks tasks;
    /** Signed in on a temporary password, waiting for their own: who, and the password they signed in with. */
    private Clerk changing;
    private char[] temporary = new char[0];

    public LoginPresenter(LoginView view, ClerkService clerks, Tasks tasks) {
        this.view = view;
        this.clerks = clerks;
        this.tasks = tasks;
    }

    public void signIn(String login, char[] password) {
        signIn(login, password, false);
    }

    /** Signs in; with {@code changeFirst} the clerk chooses a new password before the window opens. */
    public void signIn(String login, char[] password, boolean changeFirst) {
        if (login.isBlank() || password.length == 0) {
            view.showRejected();
            return;
        }
        view.setBusy(true);
        char[] typed = password.clone();
        Arrays.fill(password, '\0');
        tasks.run(() -> clerks.signIn(login, typed), outcome -> {
            view.setBusy(false);
            if (outcome instanceof SignIn.SignedIn in && (in.mustChangePassword() || changeFirst)) {
                changing = in.clerk();
                temporary = typed;
                view.showMustChange(in.clerk(), in.mustChangePassword());
                return;
            }
            Arrays.fill(typed, '\0');
            if (outcome instanceof SignIn.SignedIn in) {
                view.showSignedIn(in.clerk());
            } else if (outcome instanceof SignIn.Locked locked) {
                view.showLocked(locked.until());
            } else if (outcome instanceof SignIn.OtherCentre other) {
                view.showOtherCentre(other.centre());
            } else {
                view.showRejected();
            }
        }, e -> {
            Arrays.fill(typed, '\0');
            view.setBusy(false);
            view.showFailure();
        });
    }

    /** The clerk's own password, typed twice, in place of the temporary one. */
    public void changePassword(char[] next, char[] repeated) {
        if (changing == null) {
            return;
        }
        if (!Arrays.equals(next, repeated)) {
            Arrays.fill(next, '\0');
            Arrays.fill(repeated, '\0');
            view.showPasswordRefused(Refusal.of("clerk.password.mismatch"));
            return;
        }
        Arrays.fill(repeated, '\0');
        Clerk who = changing;
        char[] current = temporary.clone();
        view.setBusy(true);
        tasks.run(() -> {
            try {
                return clerks.changePassword(who.login(), current, next);
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
            }
        }, (Optional<Refusal> refused) -> {
            view.setBusy(false);
            if (refused.isPresent()) {
                view.showPasswordRefused(refused.get());
            } else {
                forget();
                view.showSignedIn(who);
            }
        }, e -> {
            view.setBusy(false);
            view.showFailure();
        });
    }

    /** Back to the sign-in form without changing anything. */
    public void cancelChange() {
        forget();
        view.showSignInForm();
    }

    private void forget() {
        Arrays.fill(temporary, '\0');
        temporary = new char[0];
        changing = null;
    }
}
