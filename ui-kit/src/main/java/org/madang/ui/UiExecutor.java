package org.madang.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Tasks} for Swing: a small worker pool, results back through {@code invokeLater}. */
public final class UiExecutor implements Tasks, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UiExecutor.class);

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ui-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        workers.execute(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (Exception | Error e) {
                log.error("background task failed", e);
                SwingUtilities.invokeLater(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (SwingUtilities.isEventDispatchThread()) {
            action.run();
        } else {
            SwingUtilities.invokeLater(action);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
