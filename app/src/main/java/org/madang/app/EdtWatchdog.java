package org.madang.app;

import java.awt.EventQueue;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a screen that has stopped answering: every second it hands the event thread a note to
 * sign; when one is left unsigned for {@code limit} (30 s on a kiosk), the process says so in its log
 * (with where the event thread is stuck) and ends with {@link #HUNG}, for the kiosk's session to start
 * it again — a kiosk frozen behind a dead printer call or a deadlock serves nobody, a restarted one
 * does. Commits are durable when they return (WRITE_DELAY=0), so ending at once loses nothing.
 */
final class EdtWatchdog implements AutoCloseable {
    /** The exit status of a process that ended because its screen hung (EX_TEMPFAIL: start it again). */
    static final int HUNG = 75;
    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);

    private final Duration limit;
    private final LongSupplier nanos;
    private final Runnable onHang;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "edt-watchdog");
        t.setDaemon(true);
        return t;
    });
    /** When the unsigned note was handed over (0: none waiting); read and written by the watchdog and the event thread. */
    private volatile long waitingSince;

    EdtWatchdog(Duration limit, LongSupplier nanos, Runnable onHang) {
        this.limit = limit;
        this.nanos = nanos;
        this.onHang = onHang;
    }

    /** The kiosk's watchdog: on a hang, the log says where the event thread is, and the process ends with {@link #HUNG}. */
    static EdtWatchdog forKiosk(Duration limit) {
        return new EdtWatchdog(limit, System::nanoTime, () -> {
            LOG.error("the screen has not answered for {} s; ending for the session to start the kiosk again. The event thread:{}",
                    limit.toSeconds(), eventThreadStack());
            System.err.println("madang kiosk: the screen stopped answering for " + limit.toSeconds()
                    + " s; ending so that the kiosk's session starts it again");
            System.err.flush();
            Runtime.getRuntime().halt(HUNG);
        });
    }

    EdtWatchdog start() {
        beat.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** One beat: a new note if the last was signed, or the alarm if it has waited too long. */
    void check() {
        long now = nanos.getAsLong();
        long since = waitingSince;
        if (since == 0) {
            waitingSince = now;
            EventQueue.invokeLater(() -> waitingSince = 0);
        } else if (now - since >= limit.toNanos()) {
            onHang.run();
        }
    }

    private static String eventThreadStack() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("AWT-EventQueue")) {
                for (StackTraceElement frame : e.getValue()) {
                    out.append("\n\tat ").append(frame);
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
