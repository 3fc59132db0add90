package org.madang.kiosk.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.madang.ui.Tasks;

/**
 * How a kiosk presenter runs slow work: the "one moment" sign while it runs off the UI thread,
 * the result shown on it, and the plain "something went wrong" when it fails.
 */
public final class Loading {
    private final Tasks tasks;
    private final Consumer<Boolean> busy;
    private final Runnable failure;

    /**
     * @param busy    shows or hides the "one moment" sign
     * @param failure tells the resident plainly that something went wrong
     */
    public Loading(Tasks tasks, Consumer<Boolean> busy, Runnable failure) {
        this.tasks = tasks;
        this.busy = busy;
        this.failure = failure;
    }

    /** Runs {@code work} in the background, then {@code show} with its result on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<T> show) {
        busy.accept(true);
        tasks.run(work, result -> {
            busy.accept(false);
            show.accept(result);
        }, this::failed);
    }

    /** A failure met elsewhere (a device's answer): the sign goes, the plain message comes. */
    public void failed(Throwable error) {
        busy.accept(false);
        failure.run();
    }

    public Tasks tasks() {
        return tasks;
    }
}
