package org.madang.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How presenters run slow work (database, printing, devices): off the UI thread, with the
 * result delivered back on it. Presenters see only this interface, so they test without AWT.
 */
public interface Tasks {

    /** Runs {@code work} in the background, then {@code done} or {@code failed} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code action} on the UI thread (from a device or follower thread). */
    void onUiThread(Runnable action);
}
