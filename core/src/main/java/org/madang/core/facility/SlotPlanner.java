package org.madang.core.facility;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Makes the slots of every facility from its opening hours and slot length (POLICIES.md), up to
 * a day, so the booking window always has days to show. Days that already have slots are left
 * as they are (a clerk may have changed them); running it twice adds nothing.
 */
public final class SlotPlanner {
    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;

    public SlotPlanner(Jdbi jdbi, EventLog events, FacilityStore facilities) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
    }

    /** The start times of a facility's slots on a day: from opening, one slot length apart, each ending by closing time. */
    public static List<LocalTime> starts(Facility f) {
        return starts(f.opensAt(), f.closesAt(), f.slotMinutes());
    }

    /** The start times for opening hours and a slot length; closing before opening means an overnight stay, one slot a day. */
    public static List<LocalTime> starts(LocalTime opens, LocalTime closes, int slotMinutes) {
        List<LocalTime> out = new ArrayList<>();
        if (!closes.isAfter(opens)) {
            out.add(opens);
            return out;
        }
        for (LocalTime t = opens; !t.plusMinutes(slotMinutes).isAfter(closes) && !t.plusMinutes(slotMinutes).isBefore(t);
             t = t.plusMinutes(slotMinutes)) {
            out.add(t);
        }
        return out;
    }

    /**
     * Adds slots from {@code from} to {@code until} (inclusive) for facilities with no slots on those days.
     *
     * @return slots added
     */
    public int planUntil(LocalDate from, LocalDate until) {
        int added = jdbi.inTransaction(h -> {
            int count = 0;
            for (Facility f : facilities.all()) {
                LocalDate last = h.createQuery("SELECT MAX(slot_day) FROM slot WHERE facility_id = :f").bind("f", f.id())
                        .mapTo(LocalDate.class).findOne().orElse(null);
                LocalDate start = last == null || last.isBefore(from) ? from : last.plusDays(1);
                PreparedBatch batch = h.prepareBatch("INSERT INTO slot (facility_id, slot_day, starts_at, ends_at, capacity, booked, closed) "
                        + "VALUES (:f, :day, :start, :end, :capacity, 0, :closed)");
                List<LocalDate[]> closed = h.createQuery("SELECT first_day, last_day FROM closure WHERE reopened_at IS NULL "
                                + "AND (facility_id IS NULL OR facility_id = :f) AND last_day >= :start")
                        .bind("f", f.id()).bind("start", start)
                        .map((rs, ctx) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).list();
                for (LocalDate day = start; !day.isAfter(until); day = day.plusDays(1)) {
                    LocalDate d = day;
                    // a closed day's slots are made closed: the planner's last day moves on past it
                    boolean shut = closed.stream().anyMatch(c -> !d.isBefore(c[0]) && !d.isAfter(c[1]));
                    for (LocalTime t : starts(f)) {
                        LocalDateTime begins = day.atTime(t);
                        LocalDateTime ends = begins.plusMinutes(f.slotMinutes());
                        batch.bind("f", f.id()).bind("day", day).bind("start", begins).bind("end", ends)
                                .bind("capacity", f.capacity()).bind("closed", shut).add();
                        count++;
                    }
                }
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
            if (count > 0) {
                events.append(h, new EventDraft(EventType.SLOTS_PLANNED, "site", "system",
                        Map.of("from", from.toString(), "until", until.toString(), "slots", count)));
            }
            return count;
        });
        return added;
    }
}
