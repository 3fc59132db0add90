package org.madang.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Tasks} that run everything at once on the calling thread: for offscreen screenshots,
 * which stage screens step by step, and for presenter tests.
 */
public final class DirectTasks implements Tasks {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
