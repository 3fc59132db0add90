package org.madang.core.booking;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.resident.ResidentStore;
import org.madang.core.site.Terminal;

/**
 * Waiting lists of full slots. When seats come free (a cancellation, an unpaid booking
 * cancelled) the first in line who may still book gets them as a booking, in the same
 * transaction, and a message for their next visit; anyone a rule now refuses is skipped and told why.
 */
public final class Waitlist {
    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final ResidentStore residents;
    private final BookingRules rules;
    private final BookingRows rows;
    private final ResidentLimits limits;
    private final Clock clock;

    public Waitlist(Jdbi jdbi, EventLog events, FacilityStore facilities, ResidentStore residents, BookingRules rules, Clock clock,
                    Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.residents = residents;
        this.rules = rules;
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.limits = new ResidentLimits(rules.policy());
        this.clock = clock;
    }

    /** Puts a resident in line for a full slot, at their own asking. */
    public WaitlistOutcome join(long slotId, long residentId, int party) {
        return join(slotId, residentId, party, "resident:" + residentId);
    }

    /** Puts a resident in line for a full slot; {@code actor} asked (a clerk for a resident at the desk or on the phone). */
    public WaitlistOutcome join(long slotId, long residentId, int party, String actor) {
        Optional<Slot> slot = facilities.slot(slotId);
        Optional<Resident> resident = residents.byId(residentId);
        if (slot.isEmpty() || resident.isEmpty()) {
            return refused(slot.isEmpty() ? "booking.refused.noSlot" : "booking.refused.unknownResident");
        }
        Facility facility = facilities.byId(slot.get().facilityId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!slot.get().startsAt().isAfter(now)) {
            return refused("booking.refused.started");
        }
        Optional<Refusal> window = rules.calendar().firstComeRefusal(slot.get().startsAt().toLocalDate(), facility.popular(),
                resident.get().countyResident(), now);
        if (window.isPresent()) {
            return new WaitlistOutcome.Refused(window.get());
        }
        Optional<Refusal> partyRefused = rules.policy().partyRefusal(facility, slot.get(), party);
        if (partyRefused.isPresent()) {
            return new WaitlistOutcome.Refused(partyRefused.get());
        }
        return jdbi.inTransaction(h -> {
            StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
            h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", residentId).mapTo(Long.class).one();
            Slot current = FacilityStore.slot(h, slotId);
            if (current.free() >= BookingRows.units(facility, party)) {
                return refused("booking.refused.notFull");
            }
            boolean waiting = h.createQuery("SELECT COUNT(*) FROM waitlist WHERE slot_id = :s AND resident_id = :r AND status = 'WAITING'")
                    .bind("s", slotId).bind("r", residentId).mapTo(Integer.class).one() > 0;
            if (!waiting) {
                Optional<Refusal> broken = limits.check(h, residentId, current, facility, now);
                if (broken.isPresent()) {
                    return new WaitlistOutcome.Refused(broken.get());
                }
                h.createUpdate("INSERT INTO waitlist (slot_id, resident_id, party, status, created_at) VALUES (:s, :r, :p, 'WAITING', :now)")
                        .bind("s", slotId).bind("r", residentId).bind("p", party).bind("now", now).execute();
                events.append(h, new EventDraft(EventType.WAITLIST_JOINED, "slot:" + slotId, actor,
                        Map.of("party", party, "resident", residentId)));
            }
            int position = h.createQuery("SELECT COUNT(*) FROM waitlist w WHERE w.slot_id = :s AND w.status = 'WAITING' AND w.id <= "
                            + "(SELECT id FROM waitlist WHERE slot_id = :s AND resident_id = :r AND status = 'WAITING')")
                    .bind("s", slotId).bind("r", residentId).mapTo(Integer.class).one();
            return new WaitlistOutcome.Joined(position);
        });
    }

    /** People waiting for a slot. */
    public int waiting(long slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM waitlist WHERE slot_id = :s AND status = 'WAITING'")
                .bind("s", slotId).mapTo(Integer.class).one());
    }

    /**
     * Gives a slot's free seats to those waiting, in order, in the caller's transaction (which
     * has just freed them). Stops at the first party that does not fit, so nobody is overtaken.
     */
    List<Booking> offerFreedSeats(Handle h, long slotId, LocalDateTime now) {
        List<Booking> made = new ArrayList<>();
        List<long[]> line = h.createQuery("SELECT id, resident_id, party FROM waitlist WHERE slot_id = :s AND status = 'WAITING' "
                        + "ORDER BY id FOR UPDATE")
                .bind("s", slotId).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        for (long[] entry : line) {
            Slot slot = FacilityStore.slot(h, slotId);
            if (!slot.startsAt().isAfter(now)) {
                break;
            }
            Facility facility = facilities.byId(slot.facilityId()).orElseThrow();
            int party = (int) entry[2];
            if (slot.free() < BookingRows.units(facility, party)) {
                break;
            }
            Resident resident = ResidentStore.byId(h, entry[1]).orElseThrow();
            Optional<Refusal> broken = limits.check(h, resident.id(), slot, facility, now);
            if (broken.isPresent()) {
                h.createUpdate("UPDATE waitlist SET status = 'SKIPPED' WHERE id = :id").bind("id", entry[0]).execute();
                ResidentMessages.leave(h, resident.id(), now, "message.waitlist.skipped", facility.name(), slot.startsAt());
                continue;
            }
            Quote quote = rules.fees().quote(facility, resident, party, slot.startsAt().toLocalDate());
            Optional<Booking> booking = rows.insert(h, slot, facility, resident.id(), party, quote, Channel.WAITLIST,
                    UUID.randomUUID().toString(), now, "waitlist");
            if (booking.isEmpty()) {
                break;
            }
            h.createUpdate("UPDATE waitlist SET status = 'OFFERED', booking_id = :b WHERE id = :id")
                    .bind("b", booking.get().id()).bind("id", entry[0]).execute();
            ResidentMessages.leave(h, resident.id(), now, booking.get().payBy() == null ? "message.waitlist.booked"
                    : "message.waitlist.bookedUnpaid", facility.name(), slot.startsAt(), booking.get().number(),
                    booking.get().fee(), booking.get().payBy() == null ? now : booking.get().payBy());
            made.add(booking.get());
        }
        return made;
    }

    private static WaitlistOutcome refused(String key, Object... args) {
        return new WaitlistOutcome.Refused(Refusal.of(key, args));
    }
}
