package org.madang.kiosk.shell;

import java.time.Duration;
import java.time.Instant;
import org.madang.config.SessionConfig;

/**
 * The time a resident has left before the kiosk resets. Any touch restarts the count; in the
 * last {@code warning} seconds the kiosk asks, and "more time" restarts it up to the site's
 * limit. Plain Java, driven by a clock tick, so it is tested without a window.
 */
public final class SessionClock {
    /** What the kiosk should show now. */
    public sealed interface State {
        record Running(long secondsLeft) implements State {
        }

        record Warning(long secondsLeft, boolean canExtend) implements State {
        }

        record Expired() implements State {
        }
    }

    private final SessionConfig config;
    private Instant deadline;
    private int extensions;

    public SessionClock(SessionConfig config, Instant now) {
        this.config = config;
        restart(now);
    }

    /** A new resident: full time, no extensions used. */
    public void restart(Instant now) {
        deadline = now.plus(config.idle());
        extensions = 0;
    }

    /** The resident touched something: the idle time starts again. */
    public void touched(Instant now) {
        deadline = now.plus(config.idle());
    }

    /** "More time": true when granted. */
    public boolean extend(Instant now) {
        if (extensions >= config.maxExtensions()) {
            return false;
        }
        extensions++;
        deadline = now.plus(config.idle());
        return true;
    }

    public State state(Instant now) {
        long left = Math.max(0, Duration.between(now, deadline).toMillis() + 999) / 1000;
        if (left <= 0) {
            return new State.Expired();
        }
        if (left <= config.warning().toSeconds()) {
            return new State.Warning(left, extensions < config.maxExtensions());
        }
        return new State.Running(left);
    }

    public int extensionsUsed() {
        return extensions;
    }
}
