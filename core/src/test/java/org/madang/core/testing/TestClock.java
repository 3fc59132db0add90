package org.madang.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests set and move by hand, so every time rule is tested at its edges. */
public final class TestClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    /** Moves the clock to a local time in its zone. */
    public void set(LocalDateTime time) {
        now = time.atZone(zone).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
