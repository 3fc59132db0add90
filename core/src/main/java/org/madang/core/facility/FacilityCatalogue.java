package org.madang.core.facility;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.FieldCheck;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The facilities as an administrator keeps them: a new one added, one changed (names, place,
 * summary, house rules, fee, capacity, opening hours, slot length, popular). Every field is
 * checked and named when it will not do; nothing is saved then. A new capacity applies to the
 * slots not yet started (refused while one of them holds more than it); new hours and slot
 * length apply to the days planned from now on. Kiosks read facilities afresh on every screen,
 * so a change shows at once.
 */
public final class FacilityCatalogue {
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public FacilityCatalogue(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** A facility as typed: no id for a new one. */
    public record Draft(Optional<Long> id, String code, FacilityCategory category, String nameKo, String nameEn, String summaryKo,
                        String summaryEn, String placeKo, String placeEn, int capacity, boolean perSeat, int fee, LocalTime opensAt,
                        LocalTime closesAt, int slotMinutes, boolean popular, String rulesKo, String rulesEn) {

        /** The draft of a facility as it stands, to edit. */
        public static Draft of(Facility f) {
            return new Draft(Optional.of(f.id()), f.code(), f.category(), f.name().ko(), f.name().en(), f.summary().ko(), f.summary().en(),
                    f.location().ko(), f.location().en(), f.capacity(), f.perSeat(), f.fee(), f.opensAt(), f.closesAt(), f.slotMinutes(),
                    f.popular(), f.rules().ko(), f.rules().en());
        }
    }

    /** Saved (the facility as stored), or each field that will not do. */
    public sealed interface Outcome {
        record Saved(Facility facility) implements Outcome {
        }

        record Invalid(Map<String, Refusal> fields) implements Outcome {
            public Invalid {
                fields = Map.copyOf(fields);
            }
        }
    }

    public Outcome save(Draft d, String admin) {
        try {
            return jdbi.inTransaction(h -> save(h, d, admin));
        } catch (NotPermitted refused) {
            return new Outcome.Invalid(Map.of("", refused.refusal()));
        }
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Outcome save(org.jdbi.v3.core.Handle h, Draft d, String admin) {
        Map<String, Refusal> invalid = check(d);
        if (!invalid.isEmpty()) {
            return new Outcome.Invalid(invalid);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        StaffRights.require(h, admin, Permission.CATALOGUE);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", d.code().strip());
        row.put("category", d.category().name());
        row.put("nameKo", d.nameKo().strip());
        row.put("nameEn", d.nameEn().strip());
        row.put("summaryKo", FieldCheck.stripped(d.summaryKo()));
        row.put("summaryEn", FieldCheck.stripped(d.summaryEn()));
        row.put("placeKo", FieldCheck.stripped(d.placeKo()));
        row.put("placeEn", FieldCheck.stripped(d.placeEn()));
        row.put("capacity", d.capacity());
        row.put("perSeat", d.perSeat());
        row.put("fee", d.fee());
        row.put("opens", d.opensAt());
        row.put("closes", d.closesAt());
        row.put("minutes", d.slotMinutes());
        row.put("popular", d.popular());
        row.put("rulesKo", FieldCheck.stripped(d.rulesKo()));
        row.put("rulesEn", FieldCheck.stripped(d.rulesEn()));
        long id;
        if (d.id().isEmpty()) {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM facility WHERE code = :c").bind("c", d.code().strip())
                    .mapTo(Integer.class).one() > 0;
            if (taken) {
                return new Outcome.Invalid(Map.of("code", Refusal.of("counter.facility.codeTaken", d.code().strip())));
            }
            id = h.createUpdate("INSERT INTO facility (site, code, category, name_ko, name_en, summary_ko, summary_en, location_ko, location_en, "
                            + "capacity, per_seat, fee, opens_at, closes_at, slot_minutes, popular, rules_ko, rules_en) VALUES (:site, :code, "
                            + ":category, :nameKo, :nameEn, :summaryKo, :summaryEn, :placeKo, :placeEn, :capacity, :perSeat, :fee, :opens, "
                            + ":closes, :minutes, :popular, :rulesKo, :rulesEn)")
                    .bindMap(row).bind("site", events.terminal().site()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } else {
            id = d.id().get();
            h.createQuery("SELECT id FROM facility WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne();
            Optional<Facility> was = h.createQuery(FacilityStore.FACILITY + "WHERE f.id = :id").bind("id", id)
                    .map(FacilityStore::facility).findOne();
            if (was.isEmpty()) {
                return new Outcome.Invalid(Map.of("code", Refusal.of("counter.closure.noFacility")));
            }
            if (!was.get().centre().code().equals(events.terminal().site())) {
                // a county's facility is kept by its own centre
                return new Outcome.Invalid(Map.of("code", Refusal.of("counter.facility.otherCentre", was.get().centre().name())));
            }
            if (d.capacity() != was.get().capacity()) {
                int over = h.createQuery("SELECT COUNT(*) FROM slot WHERE facility_id = :id AND starts_at > :now AND booked > :c")
                        .bind("id", id).bind("now", now).bind("c", d.capacity()).mapTo(Integer.class).one();
                if (over > 0) {
                    return new Outcome.Invalid(Map.of("capacity", Refusal.of("counter.facility.capacityBooked", over)));
                }
                h.createUpdate("UPDATE slot SET capacity = :c WHERE facility_id = :id AND starts_at > :now")
                        .bind("c", d.capacity()).bind("id", id).bind("now", now).execute();
            }
            row.remove("code");
            h.createUpdate("UPDATE facility SET category = :category, name_ko = :nameKo, name_en = :nameEn, summary_ko = :summaryKo, "
                            + "summary_en = :summaryEn, location_ko = :placeKo, location_en = :placeEn, capacity = :capacity, "
                            + "per_seat = :perSeat, fee = :fee, opens_at = :opens, closes_at = :closes, slot_minutes = :minutes, "
                            + "popular = :popular, rules_ko = :rulesKo, rules_en = :rulesEn WHERE id = :id")
                    .bindMap(row).bind("id", id).execute();
        }
        events.append(h, new EventDraft(EventType.FACILITY_SAVED, "facility:" + id, "clerk:" + admin,
                Map.of("code", d.code().strip(), "name", d.nameKo().strip(), "fee", d.fee(), "capacity", d.capacity(),
                        "new", d.id().isEmpty())));
        return new Outcome.Saved(h.createQuery(FacilityStore.FACILITY + "WHERE f.id = :id").bind("id", id).map(FacilityStore::facility).one());
    }

    /** Each field that will not do, by field name; empty when the draft may be saved. */
    public static Map<String, Refusal> check(Draft d) {
        FieldCheck f = new FieldCheck();
        if (d.id().isEmpty()) {
            f.code("code", d.code());
        }
        f.chosen("category", d.category());
        f.text("nameKo", d.nameKo(), 1, 100).text("nameEn", d.nameEn(), 1, 100).text("summaryKo", d.summaryKo(), 0, 300)
                .text("summaryEn", d.summaryEn(), 0, 300).text("placeKo", d.placeKo(), 0, 200).text("placeEn", d.placeEn(), 0, 200)
                .text("rulesKo", d.rulesKo(), 0, 600).text("rulesEn", d.rulesEn(), 0, 600);
        f.range("capacity", d.capacity(), 1, 500).fee("fee", d.fee());
        if (d.slotMinutes() < 30 || d.slotMinutes() > 1440) {
            f.range("slotMinutes", d.slotMinutes(), 30, 1440);
        } else if (d.opensAt() == null || d.closesAt() == null || d.opensAt().equals(d.closesAt())
                || d.closesAt().isAfter(d.opensAt()) && SlotPlanner.starts(d.opensAt(), d.closesAt(), d.slotMinutes()).isEmpty()) {
            f.refuse("closesAt", Refusal.of("counter.facility.hours"));
        }
        return f.refusals();
    }

    /**
     * The facilities of this terminal's centre, for its administrator's list: in a county the
     * others are their own centres' to change (a save here is refused, {@code counter.facility.otherCentre}).
     */
    public List<Facility> all() {
        String centre = events.terminal().site();
        return new FacilityStore(jdbi).all().stream().filter(f -> f.centre().code().equals(centre)).toList();
    }
}
