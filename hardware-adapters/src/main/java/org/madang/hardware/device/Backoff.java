package org.madang.hardware.device;

import java.time.Duration;

/**
 * Waits between attempts to reopen a device: short at first, doubling up to a ceiling, so a
 * re-plugged cable is found within about a second while a missing device costs almost nothing.
 */
public final class Backoff {
    private final long firstMillis;
    private final long maxMillis;
    private long next;

    public Backoff(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.next = firstMillis;
    }

    /** The wait before the next attempt; each call doubles the one after, up to the ceiling. */
    public long nextMillis() {
        long now = next;
        next = Math.min(maxMillis, next * 2);
        return now;
    }

    /** After a success: the next failure starts again from the shortest wait. */
    public void reset() {
        next = firstMillis;
    }
}
