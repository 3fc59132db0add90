package org.madang.core.resident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/**
 * Messages waiting for residents. Values keep their type through storage (a date stays a date,
 * a facility name keeps both languages) so each visit shows them in its own language.
 */
public final class ResidentMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final org.madang.core.event.EventLog events;

    public ResidentMessages(Jdbi jdbi, org.madang.core.event.EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** Leaves a message, in the caller's transaction. */
    public static void leave(Handle h, long residentId, LocalDateTime now, String key, Object... args) {
        h.createUpdate("INSERT INTO resident_message (resident_id, created_at, message_key, args) VALUES (:r, :now, :key, :args)")
                .bind("r", residentId).bind("now", now).bind("key", key).bind("args", encode(List.of(args))).execute();
    }

    /** The messages {@code residentId} has not seen yet, oldest first. */
    public List<ResidentMessage> unread(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, resident_id, created_at, message_key, args FROM resident_message "
                        + "WHERE resident_id = :r AND read_at IS NULL ORDER BY id")
                .bind("r", residentId)
                .map((rs, ctx) -> new ResidentMessage(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4), decode(rs.getString(5))))
                .list());
    }

    /** The resident's latest {@code limit} messages, read or not, newest first (the counter's resident view). */
    public List<ResidentMessage> recent(long residentId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, resident_id, created_at, message_key, args FROM resident_message "
                        + "WHERE resident_id = :r ORDER BY id DESC LIMIT :n")
                .bind("r", residentId).bind("n", limit)
                .map((rs, ctx) -> new ResidentMessage(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4), decode(rs.getString(5))))
                .list());
    }

    /** The resident has seen these messages. */
    public void markRead(List<Long> ids, LocalDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            // whose they were, among those not read before: each resident's reading is an event
            Map<Long, List<Long>> byResident = new java.util.TreeMap<>();
            h.createQuery("SELECT id, resident_id FROM resident_message WHERE id IN (<ids>) AND read_at IS NULL FOR UPDATE")
                    .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getLong(2), rs.getLong(1)))
                    .forEach(e -> byResident.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            if (byResident.isEmpty()) {
                return;
            }
            h.createUpdate("UPDATE resident_message SET read_at = :now WHERE id IN (<ids>) AND read_at IS NULL")
                    .bind("now", now).bindList("ids", ids).execute();
            byResident.forEach((resident, read) -> events.append(h, new org.madang.core.event.EventDraft(
                    org.madang.core.event.EventType.MESSAGES_READ, "resident:" + resident, "resident:" + resident,
                    Map.of("messages", read.stream().map(String::valueOf).toList()))));
        });
    }

    static String encode(List<Object> args) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Object a : args) {
            Map<String, String> m = new LinkedHashMap<>();
            if (a instanceof LocalDateTime t) {
                m.put("dateTime", t.toString());
            } else if (a instanceof LocalDate d) {
                m.put("date", d.toString());
            } else if (a instanceof LocalTime t) {
                m.put("time", t.toString());
            } else if (a instanceof Integer || a instanceof Long) {
                m.put("number", a.toString());
            } else if (a instanceof Localized l) {
                m.put("ko", l.ko());
                m.put("en", l.en());
            } else {
                m.put("text", String.valueOf(a));
            }
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message values could not be written", e);
        }
    }

    static List<Object> decode(String json) {
        List<Map<String, String>> in;
        try {
            in = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message values are not readable: " + json, e);
        }
        List<Object> out = new ArrayList<>();
        for (Map<String, String> m : in) {
            if (m.containsKey("dateTime")) {
                out.add(LocalDateTime.parse(m.get("dateTime")));
            } else if (m.containsKey("date")) {
                out.add(LocalDate.parse(m.get("date")));
            } else if (m.containsKey("time")) {
                out.add(LocalTime.parse(m.get("time")));
            } else if (m.containsKey("number")) {
                out.add(Long.parseLong(m.get("number")));
            } else if (m.containsKey("ko")) {
                out.add(new Localized(m.get("ko"), m.get("en")));
            } else {
                out.add(m.get("text"));
            }
        }
        return out;
    }
}
