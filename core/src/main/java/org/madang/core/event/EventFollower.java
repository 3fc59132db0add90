package org.madang.core.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the event log from another terminal's point of view: polls for rows after the last
 * one seen and hands each batch to a listener on the follower's own thread.
 */
public final class EventFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventFollower.class);

    private final EventLog events;
    private final Duration interval;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-follower");
        t.setDaemon(true);
        return t;
    });
    private long lastSeen;

    public EventFollower(EventLog events, Duration interval) {
        this.events = events;
        this.interval = interval;
    }

    /** Starts following after {@code fromId}; the listener hears every later batch. */
    public void start(long fromId, Consumer<List<Event>> listener) {
        lastSeen = fromId;
        poller.scheduleWithFixedDelay(() -> poll(listener), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Consumer<List<Event>> listener) {
        try {
            List<Event> batch;
            do {
                batch = events.after(lastSeen, 500);
                if (!batch.isEmpty()) {
                    lastSeen = batch.get(batch.size() - 1).id();
                    listener.accept(batch);
                }
            } while (batch.size() == 500);
        } catch (RuntimeException e) {
            // keep following: the database may be briefly unreachable while another terminal restarts
            log.warn("could not read the event log after id {}; retrying", lastSeen, e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
