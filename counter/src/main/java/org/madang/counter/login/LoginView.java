package org.madang.counter.login;

import org.madang.core.clerk.Clerk;

/** The clerk sign-in screen as its presenter sees it. */
public interface LoginView {

    void showSignedIn(Clerk clerk);

    /** Login or password not right; the password field is cleared. */
    void showRejected();

    void showFailure();

    void setBusy(boolean busy);
}
