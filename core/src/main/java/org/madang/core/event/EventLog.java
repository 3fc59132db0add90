package org.madang.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.site.Terminal;

/**
 * The hash-chained event log: the audit trail and the channel other terminals follow. Each
 * event's hash covers the one before it and is keyed (HMAC-SHA256 with the site's audit key,
 * kept outside the database), so a chain can be neither edited nor rewritten whole by someone
 * with only the database; the head row and the checkpoints written to {@code logs/} catch a
 * tail cut off or a database rolled back.
 * Appends happen inside the caller's transaction, so a change and its event commit together.
 */
public final class EventLog {
    private static final String SELECT = "SELECT id, occurred_at, terminal_id, actor, type, subject, payload, prev_hash, hash FROM event_log ";
    private static final String ZEROS = "0".repeat(64);
    /** How far from its place a row's content is looked for when it does not check where it stands (rows swapped). */
    private static final int REORDER_REACH = 8;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Terminal terminal;
    private final SecretKey key;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** The newest hash this log wrote (or found holding): an append after it needs no look at the row. */
    private volatile String lastChecked = "";

    /** @param auditKey the site's {@code keys/audit.key} */
    public EventLog(Jdbi jdbi, Clock clock, Terminal terminal, SecretKey auditKey) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.terminal = terminal;
        this.key = auditKey;
    }

    /**
     * The terminal writing through this log, and so the centre whose rows its stores write (a new
     * facility, a ticket, a payment taken: {@link Terminal#site()}).
     */
    public Terminal terminal() {
        return terminal;
    }

    /**
     * Appends an event in the transaction of {@code handle}. Locks the chain's head row, so
     * appends from all processes are serialised until the transaction ends.
     */
    public Event append(Handle handle, EventDraft draft) {
        Head head = handle.createQuery("SELECT last_id, last_hash, keyed_from FROM event_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).one();
        if (head.lastId() >= head.keyedFrom() && head.lastId() > 0 && !head.lastHash().equals(lastChecked)) {
            // an event chained with another key (a terminal whose keys/ is not the database's) would break the chain for all
            boolean holds = handle.createQuery(SELECT + "WHERE id = :id").bind("id", head.lastId()).map(EventLog::row).findOne()
                    .map(e -> e.hash().equals(head.lastHash()) && hash(e, e.id(), head).equals(e.hash())).orElse(false);
            if (!holds) {
                throw new ForeignChain(head.lastId());
            }
        }
        long id = head.lastId() + 1;
        String prev = head.lastHash();
        OffsetDateTime at = OffsetDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
        String payload = toJson(draft);
        String type = draft.type().wireName();
        String hash = hash(id >= head.keyedFrom(), prev, id, at, terminal.id(), draft.actor(), type, draft.subject(), payload);
        handle.createUpdate("INSERT INTO event_log (id, occurred_at, terminal_id, actor, type, subject, payload, prev_hash, hash) "
                        + "VALUES (:id, :at, :terminal, :actor, :type, :subject, :payload, :prev, :hash)")
                .bind("id", id).bind("at", at).bind("terminal", terminal.id()).bind("actor", draft.actor())
                .bind("type", type).bind("subject", draft.subject()).bind("payload", payload)
                .bind("prev", prev).bind("hash", hash).execute();
        handle.createUpdate("UPDATE event_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .bind("id", id).bind("hash", hash).execute();
        lastChecked = hash;
        return new Event(id, at, terminal.id(), draft.actor(), type, draft.subject(), payload, prev, hash);
    }

    /**
     * The newest event does not check with this log's audit key: this terminal's keys/ is not the
     * one every terminal of the database shares, or that event was altered. Nothing is written.
     */
    public static final class ForeignChain extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ForeignChain(long newest) {
            super("the newest event of the log (" + newest + ") does not check with this terminal's keys/audit.key: its keys/ is not the one "
                    + "the other terminals of this database share (or that event was altered: madang db check tells); nothing was written");
        }
    }

    /** The head row: the newest event's id and hash, and the first event chained with the key. */
    private record Head(long lastId, String lastHash, long keyedFrom) {
    }

    /** Appends an event in a transaction of its own. */
    public Event append(EventDraft draft) {
        return jdbi.inTransaction(h -> append(h, draft));
    }

    /** Events after {@code lastSeen}, oldest first, at most {@code limit}. */
    public List<Event> after(long lastSeen, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE id > :last ORDER BY id LIMIT :limit")
                .bind("last", lastSeen).bind("limit", limit).map(EventLog::row).list());
    }

    /** The newest event's id, 0 when there is none. */
    public long latestId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_id FROM event_head WHERE id = 1").mapTo(Long.class).one());
    }

    /** The head of the chain now, as a checkpoint to keep outside the database. */
    public ChainCheckpoint head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_id, last_hash FROM event_head WHERE id = 1")
                .map((rs, ctx) -> new ChainCheckpoint(java.time.Instant.now(clock), rs.getLong(1), rs.getString(2))).one());
    }

    /**
     * Whether the newest event checks with this terminal's audit key: a terminal whose keys/ is
     * not the one every terminal of the database shares (a county's centres, a centre's machines)
     * would chain its events with another key and break the chain for all; one row is read. True
     * for a chain with no events, or none written with a key yet.
     */
    public boolean newestChecksWithThisKey() {
        return jdbi.withHandle(h -> {
            Head head = h.createQuery("SELECT last_id, last_hash, keyed_from FROM event_head WHERE id = 1")
                    .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).one();
            if (head.lastId() == 0 || head.lastId() < head.keyedFrom()) {
                return true;
            }
            return h.createQuery(SELECT + "WHERE id = :id").bind("id", head.lastId()).map(EventLog::row).findOne()
                    .map(e -> hash(e, e.id(), head).equals(e.hash())).orElse(true);
        });
    }

    /** Checks the chain against itself and its head row. */
    public ChainCheck verify() {
        return verify(List.of());
    }

    /**
     * Recomputes every hash in order and checks each link, then the head row and the checkpoints
     * kept outside the database: the first event that does not hold and how it was damaged.
     */
    public ChainCheck verify(List<ChainCheckpoint> checkpoints) {
        Map<Long, String> seen = new HashMap<>();
        checkpoints.forEach(c -> seen.put(c.lastId(), c.lastHash()));
        return jdbi.withHandle(h -> {
            Head head = h.createQuery("SELECT last_id, last_hash, keyed_from FROM event_head WHERE id = 1")
                    .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).one();
            return check(h, "event_log", "", head, seen, checkpoints.stream().mapToLong(ChainCheckpoint::lastId).max().orElse(0));
        });
    }

    /**
     * Checks the chain of a centre moved into this county, kept beside the county's own
     * ({@code moved_event}), with that centre's audit key (this log's): every link, and its end
     * against the head the county's CentreMoved event names.
     */
    public ChainCheck verifyKept(String centre, long lastId, String lastHash, long keyedFrom) {
        if (!centre.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a centre code: " + centre);
        }
        return jdbi.withHandle(h -> check(h, "moved_event", "centre = '" + centre + "'", new Head(lastId, lastHash, keyedFrom), Map.of(), 0));
    }

    /** The links of the chain in {@code table} (rows that {@code where} names), its head and the checkpoints seen outside. */
    private ChainCheck check(Handle h, String table, String where, Head head, Map<Long, String> seen, long checkpointed) {
        String rowsOf = "SELECT id, occurred_at, terminal_id, actor, type, subject, payload, prev_hash, hash FROM " + table
                + (where.isEmpty() ? " " : " WHERE " + where + " ");
        String prev = ZEROS;
        long count = 0;
        long expectedId = 1;
        try (var rows = h.createQuery(rowsOf + "ORDER BY id").setFetchSize(1000).map(EventLog::row).stream()) {
            for (Event e : (Iterable<Event>) rows::iterator) {
                if (e.id() > expectedId) {
                    return ChainCheck.broken(count, expectedId, Damage.REMOVED);
                }
                if (!hash(e, e.id(), head).equals(e.hash())) {
                    return ChainCheck.broken(count, e.id(), movedHere(e, head) ? Damage.REORDERED : Damage.EDITED);
                }
                if (!e.prevHash().equals(prev)) {
                    // a row that holds in itself but follows another: rows before it were swapped, or one was removed and the rest renumbered
                    boolean elsewhere = h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + (where.isEmpty() ? "" : where + " AND ")
                                    + "hash = :p").bind("p", e.prevHash())
                            .mapTo(Integer.class).one() > 0;
                    return ChainCheck.broken(count, e.id(), elsewhere ? Damage.REORDERED : Damage.REMOVED);
                }
                if (seen.containsKey(e.id()) && !seen.get(e.id()).equals(e.hash())) {
                    return ChainCheck.broken(count, e.id(), Damage.EDITED);
                }
                prev = e.hash();
                expectedId++;
                count++;
            }
        }
        long last = expectedId - 1;
        if (head.lastId() > last || checkpointed > last) {
            return ChainCheck.broken(count, expectedId, Damage.TRUNCATED);
        }
        if (head.lastId() < last || !head.lastHash().equals(prev) && last > 0) {
            return ChainCheck.broken(count, Math.min(head.lastId() + 1, last), Damage.EDITED);
        }
        return new ChainCheck(count, Optional.empty(), Optional.empty());
    }

    /** Whether the row holds at another id near its own: its content was moved here from there. */
    private boolean movedHere(Event e, Head head) {
        for (long id = Math.max(1, e.id() - REORDER_REACH); id <= e.id() + REORDER_REACH; id++) {
            if (id != e.id() && hash(e, id, head).equals(e.hash())) {
                return true;
            }
        }
        return false;
    }

    private String hash(Event e, long id, Head head) {
        return hash(id >= head.keyedFrom(), e.prevHash(), id, e.occurredAt(), e.terminalId(), e.actor(), e.type(), e.subject(), e.payload());
    }

    private static Event row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Event(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private String toJson(EventDraft draft) {
        try {
            return json.writeValueAsString(new TreeMap<>(draft.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event details of " + draft.type() + " cannot be written as JSON", e);
        }
    }

    /** Keyed: HMAC-SHA256 with the audit key; before the chain was keyed, plain SHA-256. */
    private String hash(boolean keyed, String prev, long id, OffsetDateTime at, String terminalId, String actor, String type, String subject,
                        String payload) {
        String canonical = String.join("\u001f", prev, Long.toString(id), Long.toString(at.toInstant().toEpochMilli()),
                terminalId, actor, type, subject, payload);
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        try {
            if (keyed) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return HexFormat.of().formatHex(mac.doFinal(bytes));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 or SHA-256 is missing from this JDK", e);
        }
    }

    /** How a chain was damaged at its first bad event. */
    public enum Damage {
        /** the event's words were changed after it was written */
        EDITED,
        /** an event is missing from the middle */
        REMOVED,
        /** the newest events are gone (deleted, or the database rolled back) */
        TRUNCATED,
        /** events were moved out of their order */
        REORDERED
    }

    /** The outcome of {@link #verify()}: rows checked before the first broken one (if any), and how it was damaged. */
    public record ChainCheck(long intactRows, Optional<Long> firstBrokenId, Optional<Damage> damage) {
        static ChainCheck broken(long intactRows, long at, Damage damage) {
            return new ChainCheck(intactRows, Optional.of(at), Optional.of(damage));
        }

        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }
}
