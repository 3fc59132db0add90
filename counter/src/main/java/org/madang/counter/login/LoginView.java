package org.madang.counter.login;

import java.time.LocalDateTime;
import org.madang.core.Refusal;
import org.madang.core.clerk.Clerk;

/** The clerk sign-in screen as its presenter sees it. */
public interface LoginView {

    void showSignedIn(Clerk clerk);

    /** Login or password not right; the password field is cleared. */
    void showRejected();

    /** Too many wrong passwords: no sign-in until {@code until}. */
    void showLocked(LocalDateTime until);

    /** The right password for a clerk of another centre of the county ({@code centre}): not at this counter. */
    void showOtherCentre(String centre);

    /**
     * The clerk chooses a new password before going on: {@code required} when an admin set the
     * one they signed in with, otherwise because they asked to.
     */
    void showMustChange(Clerk clerk, boolean required);

    /** The new password will not do, and why. */
    void showPasswordRefused(Refusal why);

    /** The empty sign-in form again (a password change given up). */
    void showSignInForm();

    void showFailure();

    void setBusy(boolean busy);
}
