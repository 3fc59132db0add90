package org.madang.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.site.Terminal;

/**
 * The hash-chained event log: the audit trail and the channel other terminals follow.
 * Appends happen inside the caller's transaction, so a change and its event commit together.
 */
public final class EventLog {
    private static final String SELECT = "SELECT id, occurred_at, terminal_id, actor, type, subject, payload, prev_hash, hash FROM event_log ";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Terminal terminal;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public EventLog(Jdbi jdbi, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.terminal = terminal;
    }

    /**
     * Appends an event in the transaction of {@code handle}. Locks the chain's head row, so
     * appends from all processes are serialised until the transaction ends.
     */
    public Event append(Handle handle, EventDraft draft) {
        var head = handle.createQuery("SELECT last_id, last_hash FROM event_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
        long id = (Long) head[0] + 1;
        String prev = (String) head[1];
        OffsetDateTime at = OffsetDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
        String payload = toJson(draft);
        String type = draft.type().wireName();
        String hash = hash(prev, id, at, terminal.id(), draft.actor(), type, draft.subject(), payload);
        handle.createUpdate("INSERT INTO event_log (id, occurred_at, terminal_id, actor, type, subject, payload, prev_hash, hash) "
                        + "VALUES (:id, :at, :terminal, :actor, :type, :subject, :payload, :prev, :hash)")
                .bind("id", id).bind("at", at).bind("terminal", terminal.id()).bind("actor", draft.actor())
                .bind("type", type).bind("subject", draft.subject()).bind("payload", payload)
                .bind("prev", prev).bind("hash", hash).execute();
        handle.createUpdate("UPDATE event_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .bind("id", id).bind("hash", hash).execute();
        return new Event(id, at, terminal.id(), draft.actor(), type, draft.subject(), payload, prev, hash);
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

    /** Recomputes every hash; returns the id of the first row that does not match, if any. */
    public ChainCheck verify() {
        return jdbi.withHandle(h -> {
            String prev = "0".repeat(64);
            long count = 0;
            long expectedId = 1;
            try (var rows = h.createQuery(SELECT + "ORDER BY id").setFetchSize(1000).map(EventLog::row).stream()) {
                for (Event e : (Iterable<Event>) rows::iterator) {
                    String recomputed = hash(e.prevHash(), e.id(), e.occurredAt(), e.terminalId(), e.actor(), e.type(),
                            e.subject(), e.payload());
                    if (e.id() != expectedId || !e.prevHash().equals(prev) || !recomputed.equals(e.hash())) {
                        return new ChainCheck(count, Optional.of(e.id()));
                    }
                    prev = e.hash();
                    expectedId++;
                    count++;
                }
            }
            return new ChainCheck(count, Optional.empty());
        });
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

    static String hash(String prev, long id, OffsetDateTime at, String terminal, String actor, String type,
                       String subject, String payload) {
        String canonical = String.join("\u001f", prev, Long.toString(id), Long.toString(at.toInstant().toEpochMilli()),
                terminal, actor, type, subject, payload);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The outcome of {@link #verify()}: rows checked before the first broken one (if any). */
    public record ChainCheck(long intactRows, Optional<Long> firstBrokenId) {
        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }
}
