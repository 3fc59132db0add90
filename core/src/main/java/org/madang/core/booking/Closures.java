package org.madang.core.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.site.Terminal;

/**
 * Closing a facility (or the whole centre) for a holiday or a repair: the bookings it hits are
 * listed first; closing marks the days' slots closed (no path books them again), cancels those
 * bookings with a full refund of what was paid, ends the waiting lists and lottery entries of
 * those slots, and leaves each resident a message — all in one transaction with its events.
 * Reopening gives the slots back where no other closure holds them.
 */
public final class Closures {
    /** The longest closure: a year. */
    public static final int MAX_DAYS = 366;
    private static final int MAX_REASON = 200;

    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final BookingRows rows;
    private final Clock clock;

    public Closures(Jdbi jdbi, EventLog events, FacilityStore facilities, BookingRules rules, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.clock = clock;
    }

    /** What to close: one facility (or every one, empty), the days, and why in Korean and English (English may be left blank). */
    public record Draft(Optional<Long> facilityId, LocalDate firstDay, LocalDate lastDay, String reasonKo, String reasonEn) {
    }

    /** A booking a closure cancels: its number, whose (masked), where, when, and the refund of what was paid. */
    public record Affected(long bookingId, String number, long residentId, String residentMasked, Facility facility, LocalDateTime startsAt,
                           int refund) {
    }

    /** What a closure hits, or per field why it cannot be made. */
    public record Preview(List<Affected> bookings, int slots, int waiting, Map<String, Refusal> refused) {
        public Preview {
            bookings = List.copyOf(bookings);
            refused = Map.copyOf(refused);
        }

        public boolean valid() {
            return refused.isEmpty();
        }
    }

    /** A closure in force. */
    public record Closure(long id, Optional<Long> facilityId, LocalDate firstDay, LocalDate lastDay, String reasonKo, String reasonEn,
                          String createdBy, LocalDateTime createdAt) {
    }

    /** The closures in force from today on, soonest first. */
    public List<Closure> current() {
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(h -> h.createQuery("SELECT id, facility_id, first_day, last_day, reason_ko, reason_en, created_by, created_at "
                        + "FROM closure WHERE reopened_at IS NULL AND last_day >= :today ORDER BY first_day, id")
                .bind("today", today)
                .map((rs, ctx) -> new Closure(rs.getLong(1), Optional.ofNullable(rs.getObject(2, Long.class)), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDateTime.class))).list());
    }

    /** What closing would do; nothing is written. */
    public Preview preview(Draft draft) {
        return jdbi.withHandle(h -> preview(h, draft, LocalDateTime.now(clock)));
    }

    /** Closes the days (an administrator only); refused, nothing at all is written. */
    public Preview close(Draft draft, String admin) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            return jdbi.inTransaction(h -> {
                StaffRights.require(h, admin, Permission.CATALOGUE);
                Preview preview = preview(h, draft, now);
                if (!preview.valid()) {
                    return preview;
                }
                String en = draft.reasonEn() == null || draft.reasonEn().isBlank() ? draft.reasonKo().strip() : draft.reasonEn().strip();
                long id = h.createUpdate("INSERT INTO closure (facility_id, first_day, last_day, reason_ko, reason_en, created_by, created_at) "
                                + "VALUES (:f, :first, :last, :ko, :en, :by, :now)")
                        .bind("f", draft.facilityId().orElse(null)).bind("first", draft.firstDay()).bind("last", draft.lastDay())
                        .bind("ko", draft.reasonKo().strip()).bind("en", en).bind("by", admin).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                // the slots first: from here no booking, waiting list or lottery can take them
                h.createUpdate("UPDATE slot SET closed = TRUE WHERE slot_day BETWEEN :first AND :last" + facilityFilter(draft))
                        .bind("first", draft.firstDay()).bind("last", draft.lastDay()).bindMap(facilityBinding(draft)).execute();
                String reason = en.equals(draft.reasonKo().strip()) ? en : draft.reasonKo().strip() + " / " + en;
                // read again now the slots are locked closed: a booking committed since the preview is cancelled too
                List<Affected> cancelled = affected(h, draft, now);
                for (Affected a : cancelled) {
                    Booking b = BookingRows.lock(h, a.bookingId()).orElseThrow();
                    Facility f = a.facility();
                    rows.cancel(h, b, f, "CLOSURE", a.refund(), now, "clerk:" + admin);
                    ResidentMessages.leave(h, b.residentId(), now, a.refund() > 0 ? "message.closure.refund" : "message.closure.cancelled",
                            f.name(), b.startsAt(), b.number(), reason, a.refund());
                }
                for (Map.Entry<Long, Long> waiting : waiting(h, draft)) {
                    ResidentMessages.leave(h, waiting.getValue(), now, "message.closure.waiting", draft.firstDay(), draft.lastDay(), reason);
                }
                h.createUpdate("UPDATE waitlist SET status = 'LEFT' WHERE status = 'WAITING' AND slot_id IN (SELECT id FROM slot "
                                + "WHERE closed AND slot_day BETWEEN :first AND :last" + facilityFilter(draft) + ")")
                        .bind("first", draft.firstDay()).bind("last", draft.lastDay()).bindMap(facilityBinding(draft)).execute();
                h.createUpdate("UPDATE lottery_entry SET status = 'LOST' WHERE status = 'ENTERED' AND slot_id IN (SELECT id FROM slot "
                                + "WHERE closed AND slot_day BETWEEN :first AND :last" + facilityFilter(draft) + ")")
                        .bind("first", draft.firstDay()).bind("last", draft.lastDay()).bindMap(facilityBinding(draft)).execute();
                events.append(h, new EventDraft(EventType.CLOSURE_MADE, "closure:" + id, "clerk:" + admin,
                        Map.of("facility", draft.facilityId().map(String::valueOf).orElse("all"), "first", draft.firstDay().toString(),
                                "last", draft.lastDay().toString(), "reason", draft.reasonKo().strip(), "cancelled", cancelled.size())));
                return new Preview(cancelled, preview.slots(), preview.waiting(), Map.of());
            });
        } catch (NotPermitted refused) {
            return new Preview(List.of(), 0, 0, Map.of("", refused.refusal()));
        }
    }

    /** Reopens a closure's days not held by another closure (their slots bookable again); refused when it is not in force. */
    public Optional<Refusal> reopen(long closureId, String admin) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            return jdbi.inTransaction(h -> {
                StaffRights.require(h, admin, Permission.CATALOGUE);
                Optional<Closure> c = current().stream().filter(x -> x.id() == closureId).findFirst();
                if (c.isEmpty()) {
                    return Optional.of(Refusal.of("counter.closure.notInForce"));
                }
                h.createUpdate("UPDATE closure SET reopened_at = :now, reopened_by = :by WHERE id = :id")
                        .bind("now", now).bind("by", admin).bind("id", closureId).execute();
                Draft d = new Draft(c.get().facilityId(), c.get().firstDay(), c.get().lastDay(), "", "");
                h.createUpdate("UPDATE slot s SET closed = FALSE WHERE slot_day BETWEEN :first AND :last" + facilityFilter(d).replace("facility_id", "s.facility_id")
                                + " AND NOT EXISTS (SELECT 1 FROM closure o WHERE o.reopened_at IS NULL AND s.slot_day BETWEEN o.first_day AND o.last_day "
                                + "AND (o.facility_id IS NULL OR o.facility_id = s.facility_id))")
                        .bind("first", d.firstDay()).bind("last", d.lastDay()).bindMap(facilityBinding(d)).execute();
                events.append(h, new EventDraft(EventType.CLOSURE_REOPENED, "closure:" + closureId, "clerk:" + admin, Map.of()));
                return Optional.<Refusal>empty();
            });
        } catch (NotPermitted refused) {
            return Optional.of(refused.refusal());
        }
    }

    private Preview preview(Handle h, Draft d, LocalDateTime now) {
        Map<String, Refusal> refused = new LinkedHashMap<>();
        String ko = d.reasonKo() == null ? "" : d.reasonKo().strip();
        if (ko.isEmpty()) {
            refused.put("reasonKo", Refusal.of("counter.closure.reason"));
        } else if (ko.length() > MAX_REASON || (d.reasonEn() != null && d.reasonEn().strip().length() > MAX_REASON)) {
            refused.put("reasonKo", Refusal.of("counter.closure.reasonLong", MAX_REASON));
        }
        if (d.firstDay() == null || d.lastDay() == null) {
            refused.put("days", Refusal.of("counter.closure.days"));
            return new Preview(List.of(), 0, 0, refused);
        }
        if (d.lastDay().isBefore(d.firstDay())) {
            refused.put("lastDay", Refusal.of("counter.closure.backwards"));
        } else if (d.firstDay().plusDays(MAX_DAYS).isBefore(d.lastDay().plusDays(1))) {
            refused.put("lastDay", Refusal.of("counter.closure.tooLong", MAX_DAYS));
        }
        if (d.firstDay().isBefore(now.toLocalDate())) {
            refused.put("firstDay", Refusal.of("counter.closure.past"));
        }
        if (d.facilityId().isPresent() && facilities.byId(d.facilityId().get()).isEmpty()) {
            refused.put("facility", Refusal.of("counter.closure.noFacility"));
        }
        if (refused.isEmpty()) {
            h.createQuery("SELECT first_day, last_day FROM closure WHERE reopened_at IS NULL AND first_day <= :last AND last_day >= :first"
                            + (d.facilityId().isPresent() ? " AND (facility_id IS NULL OR facility_id = :f)" : ""))
                    .bind("first", d.firstDay()).bind("last", d.lastDay()).bindMap(facilityBinding(d))
                    .map((rs, ctx) -> rs.getObject(1, LocalDate.class) + " ~ " + rs.getObject(2, LocalDate.class)).findFirst()
                    .ifPresent(other -> refused.put("firstDay", Refusal.of("counter.closure.overlaps", other)));
        }
        if (!refused.isEmpty()) {
            return new Preview(List.of(), 0, 0, refused);
        }
        int slots = h.createQuery("SELECT COUNT(*) FROM slot WHERE slot_day BETWEEN :first AND :last AND NOT closed" + facilityFilter(d))
                .bind("first", d.firstDay()).bind("last", d.lastDay()).bindMap(facilityBinding(d)).mapTo(Integer.class).one();
        return new Preview(affected(h, d, now), slots, waiting(h, d).size(), refused);
    }

    private List<Affected> affected(Handle h, Draft d, LocalDateTime now) {
        List<Affected> out = new ArrayList<>();
        Map<Long, Facility> byId = new LinkedHashMap<>();
        h.createQuery(BookingRows.SELECT + "WHERE b.status = 'BOOKED' AND s.slot_day BETWEEN :first AND :last AND s.starts_at > :now"
                        + facilityFilter(d).replace("facility_id", "s.facility_id") + " ORDER BY s.starts_at, b.id")
                .bind("first", d.firstDay()).bind("last", d.lastDay()).bind("now", now).bindMap(facilityBinding(d))
                .map(BookingRows::map).list()
                .forEach(b -> {
                    String masked = h.createQuery("SELECT name FROM resident WHERE id = :id").bind("id", b.residentId()).mapTo(String.class)
                            .findOne().map(Closures::mask).orElse("");
                    Facility f = byId.computeIfAbsent(b.facilityId(), id -> facilities.byId(id).orElseThrow());
                    out.add(new Affected(b.id(), b.number(), b.residentId(), masked, f, b.startsAt(),
                            b.payment() == PaymentState.PAID ? b.fee() : 0));
                });
        return out;
    }

    /** Residents waiting (waiting list or lottery) for the closed slots: entry id → resident. */
    private static List<Map.Entry<Long, Long>> waiting(Handle h, Draft d) {
        String slots = "SELECT id FROM slot WHERE slot_day BETWEEN :first AND :last" + facilityFilter(d);
        return h.createQuery("SELECT id, resident_id FROM waitlist WHERE status = 'WAITING' AND slot_id IN (" + slots + ") "
                        + "UNION ALL SELECT -id, resident_id FROM lottery_entry WHERE status = 'ENTERED' AND slot_id IN (" + slots + ")")
                .bind("first", d.firstDay()).bind("last", d.lastDay()).bindMap(facilityBinding(d))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
    }

    private static String facilityFilter(Draft d) {
        return d.facilityId().isPresent() ? " AND facility_id = :f" : "";
    }

    private static Map<String, Object> facilityBinding(Draft d) {
        return d.facilityId().<Map<String, Object>>map(f -> Map.of("f", f)).orElse(Map.of());
    }

    /** 김철수 → 김*수: what a clerk needs to recognise a caller, no more. */
    static String mask(String name) {
        if (name.length() <= 1) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
