package org.madang.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value the site keeps in its database (the policy figures), read again when asked for at
 * most every {@link #EVERY}: a change an administrator saves reaches every running terminal
 * within seconds, without a restart. A read that fails keeps the last good value and says so in
 * the log; the first read's failure is the caller's.
 */
public final class Fresh<T> implements Supplier<T> {
    private static final Logger log = LoggerFactory.getLogger(Fresh.class);
    /** How old a value may be before it is read again. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final Supplier<T> read;
    private final Clock clock;
    private volatile T value;
    private volatile Instant readAt;

    private Fresh(Supplier<T> read, Clock clock) {
        this.read = read;
        this.clock = clock;
        this.value = read.get();
        this.readAt = clock.instant();
    }

    /** Reads the value now (a failure is thrown) and again whenever it is older than {@link #EVERY}. */
    public static <T> Fresh<T> of(Supplier<T> read, Clock clock) {
        return new Fresh<>(read, clock);
    }

    @Override
    public T get() {
        Instant now = clock.instant();
        if (!now.isBefore(readAt.plus(EVERY)) || now.isBefore(readAt)) {
            readAt = now;
            try {
                value = read.get();
            } catch (RuntimeException e) {
                log.warn("could not read the site's figures again; keeping the last good ones", e);
            }
        }
        return value;
    }
}
