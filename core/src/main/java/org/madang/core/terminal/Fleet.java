package org.madang.core.terminal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;
import org.madang.hardware.device.DeviceCondition;

/**
 * The site's terminals as the counter's Kiosks workspace sees them: every terminal's heartbeat
 * (its screen, session, devices, version, disk and last error), the alerts that need a person,
 * and the maintenance lock a clerk orders for a kiosk.
 *
 * <p>A beat overwrites the terminal's row; only what changes in it that matters — a start, a
 * device's condition, a stop — is an event, so a chain of audit events is not a clock's ticking.
 */
public final class Fleet {
    /** A kiosk or display not heard from for this long is missed. */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(2);
    /** Free disk below which a terminal is flagged (receipts, documents and logs are written there). */
    public static final long LOW_DISK_MB = 500;
    /** The longest lock message: one line on the kiosk's screen. */
    public static final int MAX_MESSAGE = 80;
    private static final String SELECT = "SELECT s.terminal_id, s.kind, s.screen, s.language, s.session, s.devices, s.paused, s.version, "
            + "s.free_disk_mb, s.last_error, s.last_error_at, s.started_at, s.beat_at, l.message, l.locked_by, l.locked_at "
            + "FROM terminal_status s LEFT JOIN terminal_lock l ON l.terminal_id = s.terminal_id ";

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;

    public Fleet(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
    }

    /**
     * Records this terminal's beat and returns the lock ordered for it, if any. A restart (a new
     * {@code startedAt}) and every device whose condition changed are written as events.
     */
    public Optional<LockOrder> beat(Beat beat) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime started = LocalDateTime.ofInstant(beat.startedAt(), clock.getZone());
        String id = terminal.id();
        return jdbi.inTransaction(h -> {
            Optional<Previous> before = h.createQuery("SELECT devices, started_at, beat_at, session FROM terminal_status WHERE terminal_id = :t")
                    .bind("t", id).map((rs, ctx) -> new Previous(devices(rs.getString(1)), rs.getObject(2, LocalDateTime.class),
                            rs.getObject(3, LocalDateTime.class), SessionState.valueOf(rs.getString(4)))).findOne();
            boolean restarted = before.isEmpty() || !before.get().startedAt().equals(started);
            Map<String, DeviceCondition> was = restarted ? Map.of() : before.get().devices();
            List<EventDraft> drafts = new ArrayList<>();
            if (restarted) {
                drafts.add(new EventDraft(EventType.TERMINAL_STARTED, "terminal:" + id, "terminal:" + id,
                        Map.of("kind", beat.kind().name(), "version", beat.version(), "devices", text(beat.devices()))));
            }
            int faults = 0;
            for (var d : beat.devices().entrySet()) {
                DeviceCondition old = was.getOrDefault(d.getKey(), restarted ? null : DeviceCondition.READY);
                if (d.getValue() != old && !(old == null && d.getValue() == DeviceCondition.READY)) {
                    drafts.add(new EventDraft(EventType.DEVICE_CONDITION_CHANGED, "terminal:" + id, "terminal:" + id,
                            Map.of("device", d.getKey(), "from", old == null ? "" : old.name(), "to", d.getValue().name())));
                    if (d.getValue().failing() && (old == null || !old.failing())) {
                        faults++;
                    }
                }
            }
            if (beat.session() == SessionState.OFF) {
                drafts.add(new EventDraft(EventType.TERMINAL_STOPPED, "terminal:" + id, "terminal:" + id, Map.of()));
            }
            drafts.forEach(d -> events.append(h, d));
            String error = beat.lastError().map(e -> clip(e.device() + ": " + e.message(), 300)).orElse(null);
            LocalDateTime errorAt = beat.lastError().flatMap(e -> Optional.ofNullable(e.at()))
                    .map(at -> LocalDateTime.ofInstant(at, clock.getZone())).orElse(null);
            int updated = h.createUpdate("UPDATE terminal_status SET kind = :kind, screen = :screen, language = :lang, session = :session, "
                            + "devices = :devices, paused = :paused, version = :version, free_disk_mb = :disk, last_error = :error, "
                            + "last_error_at = :errorAt, started_at = :started, beat_at = :now WHERE terminal_id = :t AND site = :site")
                    .bindMap(row(beat, error, errorAt, started, now)).bind("t", id).bind("site", terminal.site()).execute();
            if (updated == 0) {
                // a terminal of another centre with this id (both started at once, past the check at start): its row stays its own
                Optional<String> other = h.createQuery("SELECT site FROM terminal_status WHERE terminal_id = :t").bind("t", id)
                        .mapTo(String.class).findOne();
                if (other.isPresent()) {
                    throw new IllegalStateException("terminal id " + id + " is a terminal of centre " + other.get()
                            + " already: give this terminal of " + terminal.site() + " another terminal.id");
                }
                h.createUpdate("INSERT INTO terminal_status (site, terminal_id, kind, screen, language, session, devices, paused, version, "
                                + "free_disk_mb, last_error, last_error_at, started_at, beat_at) VALUES (:site, :t, :kind, :screen, :lang, "
                                + ":session, :devices, :paused, :version, :disk, :error, :errorAt, :started, :now)")
                        .bindMap(row(beat, error, errorAt, started, now)).bind("site", terminal.site()).bind("t", id).execute();
            }
            countUptime(h, id, before.filter(p -> !restarted && p.session() != SessionState.OFF).map(Previous::beatAt), now, faults);
            return lock(h, id);
        });
    }

    /** Every terminal of this centre that has beaten, kiosks first, then by id. */
    public List<TerminalStatus> terminals() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE s.site = :site "
                        + "ORDER BY CASE s.kind WHEN 'KIOSK' THEN 0 WHEN 'DISPLAY' THEN 1 ELSE 2 END, s.terminal_id")
                .bind("site", terminal.site()).map(Fleet::status).list());
    }

    /** One terminal of this centre, if it has ever beaten. */
    public Optional<TerminalStatus> terminal(String terminalId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE s.terminal_id = :t AND s.site = :site").bind("t", terminalId)
                .bind("site", terminal.site()).map(Fleet::status).findOne());
    }

    /** What needs a person now, worst first: failing devices, kiosks and displays not heard from, low disks. */
    public List<FleetAlert> alerts() {
        return alerts(terminals(), LocalDateTime.now(clock));
    }

    /** The alerts among {@code terminals} at {@code now} (the counter works them out from the list it already read). */
    public static List<FleetAlert> alerts(List<TerminalStatus> terminals, LocalDateTime now) {
        List<FleetAlert> devices = new ArrayList<>();
        List<FleetAlert> silent = new ArrayList<>();
        List<FleetAlert> disks = new ArrayList<>();
        for (TerminalStatus t : terminals) {
            if (t.session() == SessionState.OFF) {
                continue;
            }
            if (silent(t, now)) {
                if (t.kind() != TerminalKind.COUNTER) {
                    // a counter switched off without closing is a clerk's evening, not a fault
                    silent.add(new FleetAlert(t.terminalId(), FleetAlert.Kind.SILENT, Optional.empty(), Optional.empty(), t.beatAt()));
                }
                continue;
            }
            t.devices().forEach((device, condition) -> {
                if (condition.failing()) {
                    devices.add(new FleetAlert(t.terminalId(), FleetAlert.Kind.DEVICE, Optional.of(device), Optional.of(condition), t.beatAt()));
                }
            });
            if (t.freeDiskMb() < LOW_DISK_MB) {
                disks.add(new FleetAlert(t.terminalId(), FleetAlert.Kind.DISK_LOW, Optional.empty(), Optional.empty(), t.beatAt()));
            }
        }
        List<FleetAlert> all = new ArrayList<>(devices);
        all.addAll(silent);
        all.addAll(disks);
        return all;
    }

    /** Whether a running terminal has not been heard from for {@link #SILENT_AFTER} at {@code now}. */
    public static boolean silent(TerminalStatus t, LocalDateTime now) {
        return t.session() != SessionState.OFF && t.beatAt().plus(SILENT_AFTER).isBefore(now);
    }

    /**
     * Orders a kiosk locked with {@code message} (the kiosk shows it once the resident in front of
     * it has finished); a kiosk already locked takes the new words. Empty when ordered; the
     * refusal otherwise (no words, too long, not a kiosk, a role that may not), nothing written.
     */
    public Optional<Refusal> lock(String terminalId, String message, String clerk) {
        String words = message == null ? "" : message.strip();
        if (words.isEmpty()) {
            return Optional.of(Refusal.of("counter.fleet.lock.noMessage"));
        }
        if (words.length() > MAX_MESSAGE || words.contains("\n")) {
            return Optional.of(Refusal.of("counter.fleet.lock.tooLong", MAX_MESSAGE));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return permitted(() -> jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.KIOSKS);
            Optional<TerminalKind> kind = h.createQuery("SELECT kind FROM terminal_status WHERE terminal_id = :t AND site = :site")
                    .bind("t", terminalId).bind("site", terminal.site())
                    .mapTo(String.class).findOne().map(TerminalKind::valueOf);
            if (kind.isEmpty()) {
                return Optional.of(Refusal.of("counter.fleet.unknown", terminalId));
            }
            if (kind.get() != TerminalKind.KIOSK) {
                return Optional.of(Refusal.of("counter.fleet.lock.onlyKiosks", terminalId));
            }
            int changed = h.createUpdate("UPDATE terminal_lock SET message = :m, locked_by = :c, locked_at = :now WHERE terminal_id = :t")
                    .bind("m", words).bind("c", clerk).bind("now", now).bind("t", terminalId).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO terminal_lock (terminal_id, message, locked_by, locked_at) VALUES (:t, :m, :c, :now)")
                        .bind("m", words).bind("c", clerk).bind("now", now).bind("t", terminalId).execute();
            }
            events.append(h, new EventDraft(EventType.KIOSK_LOCKED, "terminal:" + terminalId, "clerk:" + clerk, Map.of("message", words)));
            return Optional.<Refusal>empty();
        }));
    }

    /** Lifts a kiosk's lock. Empty when lifted; a refusal when it was not locked (another clerk was first) or the role may not. */
    public Optional<Refusal> unlock(String terminalId, String clerk) {
        return permitted(() -> jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.KIOSKS);
            int n = h.createUpdate("DELETE FROM terminal_lock WHERE terminal_id = :t").bind("t", terminalId).execute();
            if (n == 0) {
                return Optional.of(Refusal.of("counter.fleet.unlock.notLocked", terminalId));
            }
            events.append(h, new EventDraft(EventType.KIOSK_UNLOCKED, "terminal:" + terminalId, "clerk:" + clerk, Map.of()));
            return Optional.<Refusal>empty();
        }));
    }

    /**
     * Takes a retired terminal off the list (a terminal that beats again comes back): only one
     * switched off or silent, so a working kiosk cannot be hidden from the view.
     */
    public Optional<Refusal> forget(String terminalId, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return permitted(() -> jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.KIOSKS);
            Optional<TerminalStatus> t = h.createQuery(SELECT + "WHERE s.terminal_id = :t AND s.site = :site").bind("t", terminalId)
                    .bind("site", terminal.site()).map(Fleet::status).findOne();
            if (t.isEmpty()) {
                return Optional.of(Refusal.of("counter.fleet.unknown", terminalId));
            }
            if (t.get().session() != SessionState.OFF && !silent(t.get(), now)) {
                return Optional.of(Refusal.of("counter.fleet.forget.running", terminalId));
            }
            h.createUpdate("DELETE FROM terminal_lock WHERE terminal_id = :t").bind("t", terminalId).execute();
            h.createUpdate("DELETE FROM terminal_status WHERE terminal_id = :t").bind("t", terminalId).execute();
            events.append(h, new EventDraft(EventType.TERMINAL_FORGOTTEN, "terminal:" + terminalId, "clerk:" + clerk, Map.of()));
            return Optional.<Refusal>empty();
        }));
    }

    private static Optional<Refusal> permitted(java.util.function.Supplier<Optional<Refusal>> act) {
        try {
            return act.get();
        } catch (org.madang.core.clerk.NotPermitted refused) {
            return Optional.of(refused.refusal());
        }
    }

    /**
     * How long each terminal was heard from and how many device faults began, per terminal, from
     * {@code from} to {@code to}: the terminals of {@code centre}, or of every centre when empty.
     */
    public Map<String, Uptime> uptime(LocalDate from, LocalDate to, Optional<String> centre) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT terminal_id, SUM(seconds_up), SUM(faults), COUNT(*) FROM terminal_day "
                    + "WHERE on_day BETWEEN :from AND :to"
                    + (centre.isPresent() ? " AND terminal_id IN (SELECT terminal_id FROM terminal_status WHERE site = :centre)" : "")
                    + " GROUP BY terminal_id ORDER BY terminal_id");
            centre.ifPresent(c -> query.bind("centre", c));
            return query.bind("from", from).bind("to", to)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new Uptime(rs.getLong(2), rs.getInt(3), rs.getInt(4)))).list();
        }).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** A terminal's time heard from over a span: seconds up, device faults begun, days it ran. */
    public record Uptime(long secondsUp, int faults, int days) {
    }

    /** Adds the time since the last beat to today's uptime, when the last beat was recent enough to count as up. */
    private static void countUptime(Handle h, String id, Optional<LocalDateTime> lastBeat, LocalDateTime now, int faults) {
        LocalDate day = now.toLocalDate();
        long seconds = lastBeat.filter(b -> !b.isAfter(now) && b.plus(SILENT_AFTER).isAfter(now))
                .map(b -> Duration.between(b.isBefore(day.atStartOfDay()) ? day.atStartOfDay() : b, now).toSeconds()).orElse(0L);
        int n = h.createUpdate("UPDATE terminal_day SET seconds_up = LEAST(86400, seconds_up + :s), faults = faults + :f "
                        + "WHERE terminal_id = :t AND on_day = :d")
                .bind("s", seconds).bind("f", faults).bind("t", id).bind("d", day).execute();
        if (n == 0) {
            h.createUpdate("INSERT INTO terminal_day (terminal_id, on_day, seconds_up, faults) VALUES (:t, :d, :s, :f)")
                    .bind("s", Math.min(86_400, seconds)).bind("f", faults).bind("t", id).bind("d", day).execute();
        }
    }

    /** The lock ordered for {@code terminalId}, read in {@code h}. */
    private static Optional<LockOrder> lock(Handle h, String terminalId) {
        return h.createQuery("SELECT message, locked_by, locked_at FROM terminal_lock WHERE terminal_id = :t").bind("t", terminalId)
                .map((rs, ctx) -> new LockOrder(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class))).findOne();
    }

    private static Map<String, Object> row(Beat beat, String error, LocalDateTime errorAt, LocalDateTime started, LocalDateTime now) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("kind", beat.kind().name());
        row.put("screen", clip(beat.screen(), 60));
        row.put("lang", clip(beat.language(), 5));
        row.put("session", beat.session().name());
        row.put("devices", clip(text(beat.devices()), 400));
        row.put("paused", clip(String.join(",", beat.paused()), 200));
        row.put("version", clip(beat.version(), 30));
        row.put("disk", beat.freeDiskMb());
        row.put("error", error);
        row.put("errorAt", errorAt);
        row.put("started", started);
        row.put("now", now);
        return row;
    }

    private static String text(Map<String, DeviceCondition> devices) {
        return devices.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name()).collect(Collectors.joining(","));
    }

    private static Map<String, DeviceCondition> devices(String text) {
        Map<String, DeviceCondition> devices = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return devices;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    devices.put(pair.substring(0, eq), DeviceCondition.valueOf(pair.substring(eq + 1)));
                } catch (IllegalArgumentException unknown) {
                    // a newer terminal's condition this one does not know: shown as a fault, never dropped
                    devices.put(pair.substring(0, eq), DeviceCondition.FAULT);
                }
            }
        }
        return devices;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static TerminalStatus status(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        String paused = rs.getString(7);
        Optional<LockOrder> lock = rs.getString(14) == null ? Optional.empty()
                : Optional.of(new LockOrder(rs.getString(14), rs.getString(15), rs.getObject(16, LocalDateTime.class)));
        return new TerminalStatus(rs.getString(1), TerminalKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                SessionState.valueOf(rs.getString(5)), devices(rs.getString(6)),
                paused == null || paused.isEmpty() ? List.of() : Arrays.asList(paused.split(",")), rs.getString(8), rs.getLong(9),
                Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getObject(11, LocalDateTime.class)),
                rs.getObject(12, LocalDateTime.class), rs.getObject(13, LocalDateTime.class), lock);
    }

    private record Previous(Map<String, DeviceCondition> devices, LocalDateTime startedAt, LocalDateTime beatAt, SessionState session) {
    }
}
