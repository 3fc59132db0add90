package org.madang.core.county;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of a centre's link to the county's database, as the cache's follower last found it
 * (SCALE.md: offline). Screens listen: while it is down, the services that need the county
 * (booking, enrolment, documents) are paused and say so; they reopen by themselves when it is up.
 * Listeners are called on the follower's thread, only when the state changes.
 */
public final class CountyLink {
    /** Whether the county answered the last time it was asked, since when, and the last words of what went wrong. */
    public record State(boolean up, Instant since, String problem) {
    }

    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    /** A link not asked yet counts as up: the terminal opened the county's database to start. */
    public CountyLink(Clock clock) {
        this.clock = clock;
        this.state = new State(true, clock.instant(), "");
    }

    public State state() {
        return state;
    }

    public boolean up() {
        return state.up();
    }

    /** Called with the new state on every change. */
    public void listen(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** The county answered. */
    public void heard() {
        change(true, "");
    }

    /** The county did not answer: {@code problem} in the database driver's words, for the log and the counter. */
    public void lost(String problem) {
        change(false, problem == null ? "" : problem);
    }

    /**
     * Whether a failure is the county's database not answering (no connection, or one lost: SQL
     * state class 08) rather than a refusal of what was asked: what sends a centre's terminal to
     * its cache.
     */
    public static boolean lostCounty(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.jdbi.v3.core.ConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private void change(boolean up, String problem) {
        State next;
        synchronized (this) {
            if (state.up() == up) {
                return;
            }
            next = new State(up, clock.instant(), problem);
            state = next;
        }
        for (Consumer<State> l : listeners) {
            l.accept(next);
        }
    }
}
