package org.madang.core.terminal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a terminal's beat every few seconds, and at once when something changes, on a thread of
 * its own; hands each answer (the lock ordered for the terminal, if any) to the terminal. A site
 * database that does not answer is retried at the next beat: the terminal goes on serving.
 */
public final class Heartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    /** How often a terminal beats: often enough that a lock arrives in seconds, and that two minutes of silence means a fault. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final Fleet fleet;
    private final Supplier<Beat> beat;
    private final Consumer<Optional<LockOrder>> answer;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean failing;

    /**
     * @param beat   the terminal's state now (called on the heartbeat's thread)
     * @param answer told the lock ordered for the terminal after each beat that reached the site
     */
    public Heartbeat(Fleet fleet, Supplier<Beat> beat, Consumer<Optional<LockOrder>> answer) {
        this.fleet = fleet;
        this.beat = beat;
        this.answer = answer;
    }

    /** Beats now and every {@code every} from now on. */
    public Heartbeat start(Duration every) {
        thread.scheduleWithFixedDelay(this::beatOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Beats as soon as the thread is free (a device changed, a lock was shown): the counter hears it without waiting. */
    public void beatSoon() {
        try {
            thread.execute(this::beatOnce);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            log.debug("the heartbeat has stopped; no beat sent");
        }
    }

    private void beatOnce() {
        try {
            Optional<LockOrder> lock = fleet.beat(beat.get());
            if (failing) {
                failing = false;
                log.info("the heartbeat reaches the site again");
            }
            answer.accept(lock);
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("the heartbeat could not reach the site; trying again at the next beat", e);
            }
        }
    }

    /**
     * Stops beating; with {@code last} a final beat says the terminal was closed properly, so it is
     * not missed as silent (waits for it, at most a few seconds).
     */
    public void stop(Optional<Beat> last) {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        last.ifPresent(b -> {
            try {
                fleet.beat(b);
            } catch (RuntimeException e) {
                log.warn("could not tell the site this terminal closed", e);
            }
        });
    }

    @Override
    public void close() {
        stop(Optional.empty());
    }
}
