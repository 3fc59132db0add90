package org.madang.counter.login;

import java.time.LocalDateTime;

/** The locked counter (after idle, or Ctrl+L) as its presenter sees it. */
public interface LockView {

    /** The right password: the window as it was. */
    void showUnlocked();

    void showRejected();

    /** Too many wrong passwords: only another clerk can sign in until {@code until}. */
    void showLocked(LocalDateTime until);

    /** The right password for a clerk of another centre of the county ({@code centre}): not at this counter. */
    void showOtherCentre(String centre);

    void showFailure();

    void setBusy(boolean busy);
}
