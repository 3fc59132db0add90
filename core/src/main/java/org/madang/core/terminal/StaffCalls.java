package org.madang.core.terminal;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;

/**
 * The staff-call button's alerts: a kiosk raises one (a {@code StaffCalled} event the counter
 * follows), a clerk answers it. A second press while a call is open raises nothing new.
 */
public final class StaffCalls {
    private static final String SELECT = "SELECT id, terminal_id, screen, called_at FROM staff_call ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public StaffCalls(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** Raises an alert from this terminal, or returns the one already open. */
    public StaffCall call(String screen) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            // the event head serialises callers, so one terminal never has two open calls
            h.createQuery("SELECT last_id FROM event_head WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
            List<StaffCall> open = h.createQuery(SELECT + "WHERE terminal_id = :t AND answered_at IS NULL ORDER BY id")
                    .bind("t", terminal.id()).map(StaffCalls::call).list();
            if (!open.isEmpty()) {
                return open.get(0);
            }
            long id = h.createUpdate("INSERT INTO staff_call (site, terminal_id, screen, called_at) VALUES (:site, :t, :s, :now)")
                    .bind("site", terminal.site()).bind("t", terminal.id()).bind("s", screen).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            events.append(h, new EventDraft(EventType.STAFF_CALLED, "staffCall:" + id, "resident",
                    Map.of("terminal", terminal.id(), "screen", screen)));
            return new StaffCall(id, terminal.id(), screen, now);
        });
    }

    /** Calls no clerk has answered yet, oldest first. */
    public List<StaffCall> open() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE site = :site AND answered_at IS NULL ORDER BY id")
                .bind("site", terminal.site()).map(StaffCalls::call).list());
    }

    /** A clerk is on the way; false when someone answered first. */
    public boolean answer(long callId, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            int n = h.createUpdate("UPDATE staff_call SET answered_at = :now, answered_by = :c WHERE id = :id AND answered_at IS NULL")
                    .bind("now", now).bind("c", clerk).bind("id", callId).execute();
            if (n == 1) {
                events.append(h, new EventDraft(EventType.STAFF_CALL_ANSWERED, "staffCall:" + callId, "clerk:" + clerk, Map.of()));
            }
            return n == 1;
        });
    }

    /** Whether this terminal's call is still waiting for a clerk. */
    public boolean waiting() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM staff_call WHERE terminal_id = :t AND answered_at IS NULL")
                .bind("t", terminal.id()).mapTo(Integer.class).one() > 0);
    }

    private static StaffCall call(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new StaffCall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class));
    }
}
