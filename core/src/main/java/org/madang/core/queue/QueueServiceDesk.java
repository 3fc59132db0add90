package org.madang.core.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Edit;
import org.madang.core.FieldCheck;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;

/**
 * The queue's services as an administrator keeps them — a name, the letter of its tickets, the
 * minutes a ticket takes (the kiosk's waiting estimate), whether kiosks offer it — and which
 * desks call them. A desk set here calls those services from its next call on; a desk not set
 * calls what its site.yaml names.
 */
public final class QueueServiceDesk {
    private final Jdbi jdbi;
    private final EventLog events;

    public QueueServiceDesk(Jdbi jdbi, EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** A service as listed and typed: no id for a new one. */
    public record Entry(Optional<Long> id, String code, char prefix, String nameKo, String nameEn, int minutesPerTicket, boolean active) {
        public Localized name() {
            return new Localized(nameKo, nameEn);
        }
    }

    /** Every service, offered or not, by letter. */
    public List<Entry> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, code, prefix, name_ko, name_en, minutes_per_ticket, active FROM queue_service "
                + "ORDER BY prefix").map((rs, ctx) -> new Entry(Optional.of(rs.getLong(1)), rs.getString(2), rs.getString(3).charAt(0),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7))).list());
    }

    public Edit<Entry> save(Entry s, String admin) {
        return Edit.inTransaction(jdbi, h -> save(h, s, admin));
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Edit<Entry> save(org.jdbi.v3.core.Handle h, Entry s, String admin) {
        FieldCheck f = new FieldCheck();
        if (s.id().isEmpty()) {
            f.code("code", s.code());
        }
        if (s.prefix() < 'A' || s.prefix() > 'Z') {
            f.refuse("prefix", Refusal.of("counter.queueService.prefixRule"));
        }
        f.text("nameKo", s.nameKo(), 1, 100).text("nameEn", s.nameEn(), 1, 100).range("minutes", s.minutesPerTicket(), 1, 120);
        if (!f.passed()) {
            return Edit.invalid(f.refusals());
        }
        StaffRights.require(h, admin, Permission.CATALOGUE);
        long other = s.id().orElse(-1L);
        if (h.createQuery("SELECT COUNT(*) FROM queue_service WHERE prefix = :p AND id <> :id").bind("p", String.valueOf(s.prefix()))
                .bind("id", other).mapTo(Integer.class).one() > 0) {
            return Edit.<Entry>invalid("prefix", Refusal.of("counter.queueService.prefixTaken", String.valueOf(s.prefix())));
        }
        long id;
        String code;
        if (s.id().isEmpty()) {
            code = s.code().strip();
            if (h.createQuery("SELECT COUNT(*) FROM queue_service WHERE code = :c").bind("c", code).mapTo(Integer.class).one() > 0) {
                return Edit.<Entry>invalid("code", Refusal.of("counter.facility.codeTaken", code));
            }
            id = h.createUpdate("INSERT INTO queue_service (code, prefix, name_ko, name_en, minutes_per_ticket, active) "
                            + "VALUES (:c, :p, :ko, :en, :m, :a)").bind("c", code).bind("p", String.valueOf(s.prefix()))
                    .bind("ko", s.nameKo().strip()).bind("en", s.nameEn().strip()).bind("m", s.minutesPerTicket()).bind("a", s.active())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } else {
            id = s.id().get();
            Optional<String> was = h.createQuery("SELECT code FROM queue_service WHERE id = :id FOR UPDATE").bind("id", id)
                    .mapTo(String.class).findOne();
            if (was.isEmpty()) {
                return Edit.<Entry>invalid("", Refusal.of("counter.course.gone"));
            }
            code = was.get();
            if (!s.active()) {
                int waiting = h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE COALESCE(serve_service_id, service_id) = :id "
                        + "AND status IN ('WAITING', 'CALLED', 'SERVING')").bind("id", id).mapTo(Integer.class).one();
                if (waiting > 0) {
                    return Edit.<Entry>invalid("active", Refusal.of("counter.queueService.stillWaiting", waiting));
                }
            }
            h.createUpdate("UPDATE queue_service SET prefix = :p, name_ko = :ko, name_en = :en, minutes_per_ticket = :m, active = :a "
                            + "WHERE id = :id").bind("p", String.valueOf(s.prefix())).bind("ko", s.nameKo().strip())
                    .bind("en", s.nameEn().strip()).bind("m", s.minutesPerTicket()).bind("a", s.active()).bind("id", id).execute();
        }
        events.append(h, new EventDraft(EventType.QUEUE_SERVICE_SAVED, "queue_service:" + id, "clerk:" + admin,
                Map.of("code", code, "prefix", String.valueOf(s.prefix()), "name", s.nameKo().strip(), "minutes", s.minutesPerTicket(),
                        "active", s.active(), "new", s.id().isEmpty())));
        return new Edit.Saved<>(new Entry(Optional.of(id), code, s.prefix(), s.nameKo().strip(), s.nameEn().strip(),
                s.minutesPerTicket(), s.active()));
    }

    /** Which services each desk set here calls, by desk number. */
    public Map<Integer, List<Long>> desks() {
        Map<Integer, List<Long>> desks = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT desk, service_id FROM queue_desk_service WHERE site = :site ORDER BY desk, service_id")
                .bind("site", events.terminal().site())
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getLong(2))).forEach(e -> desks.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue())));
        return desks;
    }

    /** The services one desk calls as set here; empty when the desk follows its site.yaml. */
    public List<Long> desk(int number) {
        return jdbi.withHandle(h -> h.createQuery("SELECT service_id FROM queue_desk_service WHERE site = :site AND desk = :d "
                        + "ORDER BY service_id")
                .bind("site", events.terminal().site()).bind("d", number).mapTo(Long.class).list());
    }

    /**
     * Sets the services a desk calls (none: the desk follows its site.yaml again). A ticket a desk
     * has called stays its own to finish.
     */
    public Map<String, Refusal> setDesk(int number, List<Long> serviceIds, String admin) {
        Map<String, Refusal> invalid = new LinkedHashMap<>(new FieldCheck().range("desk", number, 1, 99).refusals());
        if (!invalid.isEmpty()) {
            return invalid;
        }
        try {
            return jdbi.inTransaction(h -> {
                StaffRights.require(h, admin, Permission.CATALOGUE);
                List<Long> known = serviceIds.isEmpty() ? List.of() : h.createQuery("SELECT id FROM queue_service WHERE id IN (<ids>)")
                        .bindList("ids", serviceIds).mapTo(Long.class).list();
                if (known.size() != serviceIds.stream().distinct().count()) {
                    return Map.of("services", Refusal.of("counter.course.gone"));
                }
                String site = events.terminal().site();
                h.createUpdate("DELETE FROM queue_desk_service WHERE site = :site AND desk = :d").bind("site", site).bind("d", number).execute();
                for (long id : known) {
                    h.createUpdate("INSERT INTO queue_desk_service (site, desk, service_id) VALUES (:site, :d, :s)").bind("site", site)
                            .bind("d", number).bind("s", id).execute();
                }
                events.append(h, new EventDraft(EventType.QUEUE_DESK_SET, "desk:" + number, "clerk:" + admin,
                        Map.of("desk", number, "services", known.stream().sorted().map(String::valueOf).toList())));
                return Map.of();
            });
        } catch (NotPermitted refused) {
            return Map.of("", refused.refusal());
        }
    }
}
