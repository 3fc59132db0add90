package org.madang.counter.login;

import java.util.Arrays;
import org.madang.core.clerk.ClerkService;
import org.madang.ui.Tasks;

/** Signs a clerk in off the UI thread (the password hash is slow on purpose). */
public final class LoginPresenter {
    private final LoginView view;
    private final ClerkService clerks;
    private final Tasks tasks;

    public LoginPresenter(LoginView view, ClerkService clerks, Tasks tasks) {
        this.view = view;
        this.clerks = clerks;
        this.tasks = tasks;
    }

    public void signIn(String login, char[] password) {
        if (login.isBlank() || password.length == 0) {
            view.showRejected();
            return;
        }
        view.setBusy(true);
        tasks.run(() -> {
            try {
                return clerks.signIn(login, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, clerk -> {
            view.setBusy(false);
            if (clerk.isPresent()) {
                view.showSignedIn(clerk.get());
            } else {
                view.showRejected();
            }
        }, e -> {
            view.setBusy(false);
            view.showFailure();
        });
    }
}
