package org.madang.core.booking;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
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
import org.madang.core.storage.SqlErrors;

/**
 * Lotteries for popular slots (POLICIES.md): entries are taken for a week before the draw, 3
 * days before the window opens; each slot's entries are shuffled and booked in that order while
 * seats last and the resident's limits allow; everyone is told the result at their next visit;
 * what is left goes first-come when the window opens.
 */
public final class Lottery {
    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final ResidentStore residents;
    private final BookingRules rules;
    private final BookingRows rows;
    private final ResidentLimits limits;
    private final Random seeds;
    private final Clock clock;

    public Lottery(Jdbi jdbi, EventLog events, FacilityStore facilities, ResidentStore residents, BookingRules rules,
                   Random seeds, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.residents = residents;
        this.rules = rules;
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.limits = new ResidentLimits(rules.policy());
        this.seeds = seeds;
        this.clock = clock;
    }

    /** A lottery with a strong random source for draw seeds. */
    public Lottery(Jdbi jdbi, EventLog events, FacilityStore facilities, ResidentStore residents, BookingRules rules, Clock clock,
                   Terminal terminal) {
        this(jdbi, events, facilities, residents, rules, new SecureRandom(), clock, terminal);
    }

    /** Enters a resident in the draw of a popular slot, at their own asking. Entering again changes nothing. */
    public LotteryOutcome enter(long slotId, long residentId, int party) {
        return enter(slotId, residentId, party, "resident:" + residentId);
    }

    /** Enters a resident in the draw; {@code actor} asked (a clerk for a resident at the desk or on the phone). */
    public LotteryOutcome enter(long slotId, long residentId, int party, String actor) {
        Optional<Slot> slot = facilities.slot(slotId);
        Optional<Resident> resident = residents.byId(residentId);
        if (slot.isEmpty() || resident.isEmpty()) {
            return refused(slot.isEmpty() ? "booking.refused.noSlot" : "booking.refused.unknownResident");
        }
        Facility facility = facilities.byId(slot.get().facilityId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = slot.get().startsAt().toLocalDate();
        if (!(calendar().phase(day, facility.popular(), now) instanceof BookingCalendar.Phase.LotteryEntry)) {
            return refused("lottery.refused.notTaking", calendar().entriesFrom(day), calendar().drawAt(day));
        }
        Optional<Refusal> partyRefused = rules.policy().partyRefusal(facility, slot.get(), party);
        if (partyRefused.isPresent()) {
            return new LotteryOutcome.Refused(partyRefused.get());
        }
        return jdbi.inTransaction(h -> {
            StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
            h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", residentId).mapTo(Long.class).one();
            boolean entered = h.createQuery("SELECT COUNT(*) FROM lottery_entry WHERE slot_id = :s AND resident_id = :r")
                    .bind("s", slotId).bind("r", residentId).mapTo(Integer.class).one() > 0;
            if (!entered) {
                Optional<Refusal> banned = limits.check(h, residentId, slot.get(), facility, now)
                        .filter(r -> r.messageKey().equals("booking.refused.banned"));
                if (banned.isPresent()) {
                    return new LotteryOutcome.Refused(banned.get());
                }
                int sameDay = h.createQuery("SELECT COUNT(*) FROM lottery_entry e JOIN slot s ON s.id = e.slot_id "
                                + "WHERE e.resident_id = :r AND s.facility_id = :f AND s.slot_day = :day")
                        .bind("r", residentId).bind("f", facility.id()).bind("day", day).mapTo(Integer.class).one();
                if (sameDay >= rules.policy().perFacilityPerDay()) {
                    return refused("lottery.refused.sameDay", facility.name(), day);
                }
                h.createUpdate("INSERT INTO lottery_entry (slot_id, resident_id, party, status, created_at) "
                                + "VALUES (:s, :r, :p, 'ENTERED', :now)")
                        .bind("s", slotId).bind("r", residentId).bind("p", party).bind("now", now).execute();
                events.append(h, new EventDraft(EventType.LOTTERY_ENTERED, "slot:" + slotId, actor,
                        Map.of("party", party, "resident", residentId)));
            }
            int entries = h.createQuery("SELECT COUNT(*) FROM lottery_entry WHERE slot_id = :s").bind("s", slotId)
                    .mapTo(Integer.class).one();
            return new LotteryOutcome.Entered(calendar().drawAt(day), entries);
        });
    }

    /** Entries for a slot so far. */
    public int entries(long slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lottery_entry WHERE slot_id = :s").bind("s", slotId)
                .mapTo(Integer.class).one());
    }

    /**
     * Runs every draw that is due and not yet run. Safe from several terminals at once: each
     * draw first inserts its {@code lottery_draw} row, which only one transaction can do.
     *
     * @return the draws run now
     */
    public List<Draw> drawDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<long[]> pending = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT s.facility_id, s.slot_day FROM lottery_entry e "
                        + "JOIN slot s ON s.id = e.slot_id WHERE e.status = 'ENTERED'")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getObject(2, LocalDate.class).withDayOfMonth(1).toEpochDay()})
                .list());
        List<Draw> done = new ArrayList<>();
        pending.stream().map(p -> Map.entry(p[0], LocalDate.ofEpochDay(p[1]))).distinct()
                .filter(p -> !now.isBefore(calendar().drawAt(p.getValue())))
                .forEach(p -> draw(p.getKey(), p.getValue(), now).ifPresent(done::add));
        return done;
    }

    /** One facility's draw for one month of slots. */
    public record Draw(long facilityId, LocalDate month, long seed, int entries, int winners) {
    }

    private Optional<Draw> draw(long facilityId, LocalDate month, LocalDateTime now) {
        long seed = seeds.nextLong();
        Facility facility = facilities.byId(facilityId).orElseThrow();
        try {
            return Optional.of(jdbi.inTransaction(h -> draw(h, facility, month, seed, now)));
        } catch (JdbiException e) {
            if (SqlErrors.isDuplicate(e)) {
                // another terminal ran this draw at the same moment
                return Optional.empty();
            }
            throw e;
        }
    }

    private Draw draw(Handle h, Facility facility, LocalDate month, long seed, LocalDateTime now) {
        long facilityId = facility.id();
        h.createUpdate("INSERT INTO lottery_draw (facility_id, slot_month, drawn_at, seed, entries, winners) "
                        + "VALUES (:f, :m, :now, :seed, 0, 0)")
                .bind("f", facilityId).bind("m", month).bind("now", now).bind("seed", seed).execute();
        Random random = new Random(seed);
        List<Long> slotIds = h.createQuery("SELECT DISTINCT e.slot_id FROM lottery_entry e JOIN slot s ON s.id = e.slot_id "
                        + "WHERE s.facility_id = :f AND s.slot_day BETWEEN :from AND :to AND e.status = 'ENTERED' ORDER BY e.slot_id")
                .bind("f", facilityId).bind("from", month).bind("to", month.plusMonths(1).minusDays(1))
                .mapTo(Long.class).list();
        int entries = 0;
        int winners = 0;
        for (long slotId : slotIds) {
            List<long[]> slotEntries = h.createQuery("SELECT id, resident_id, party FROM lottery_entry "
                            + "WHERE slot_id = :s AND status = 'ENTERED' ORDER BY id")
                    .bind("s", slotId).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
            Collections.shuffle(slotEntries, random);
            entries += slotEntries.size();
            for (long[] e : slotEntries) {
                if (award(h, facility, slotId, e, now)) {
                    winners++;
                }
            }
        }
        h.createUpdate("UPDATE lottery_draw SET entries = :e, winners = :w WHERE facility_id = :f AND slot_month = :m")
                .bind("e", entries).bind("w", winners).bind("f", facilityId).bind("m", month).execute();
        events.append(h, new EventDraft(EventType.LOTTERY_DRAWN, "facility:" + facilityId, "system",
                Map.of("month", month.toString(), "seed", seed, "entries", entries, "winners", winners)));
        return new Draw(facilityId, month, seed, entries, winners);
    }

    /** Books the slot for one entry if seats and the resident's limits allow; tells them either way. */
    private boolean award(Handle h, Facility facility, long slotId, long[] entry, LocalDateTime now) {
        Slot slot = FacilityStore.slot(h, slotId);
        Resident resident = ResidentStore.byId(h, entry[1]).orElseThrow();
        int party = (int) entry[2];
        boolean fits = slot.free() >= BookingRows.units(facility, party);
        Optional<Refusal> broken = fits ? limits.check(h, resident.id(), slot, facility, now) : Optional.empty();
        Optional<Booking> booking = Optional.empty();
        if (fits && broken.isEmpty()) {
            Quote quote = rules.fees().quote(facility, resident, party, slot.startsAt().toLocalDate());
            booking = rows.insert(h, slot, facility, resident.id(), party, quote, Channel.LOTTERY, UUID.randomUUID().toString(),
                    now, "lottery");
        }
        if (booking.isPresent()) {
            h.createUpdate("UPDATE lottery_entry SET status = 'WON', booking_id = :b WHERE id = :id")
                    .bind("b", booking.get().id()).bind("id", entry[0]).execute();
            Booking b = booking.get();
            ResidentMessages.leave(h, resident.id(), now, b.payBy() == null ? "message.lottery.won" : "message.lottery.wonUnpaid",
                    facility.name(), slot.startsAt(), b.number(), b.fee(), b.payBy() == null ? now : b.payBy());
            return true;
        }
        h.createUpdate("UPDATE lottery_entry SET status = 'LOST' WHERE id = :id").bind("id", entry[0]).execute();
        if (broken.isPresent()) {
            ResidentMessages.leave(h, resident.id(), now, "message.lottery.limit", facility.name(), slot.startsAt());
        } else {
            ResidentMessages.leave(h, resident.id(), now, "message.lottery.lost", facility.name(), slot.startsAt(),
                    calendar().residentsFrom(slot.startsAt().toLocalDate()));
        }
        return false;
    }

    private static LotteryOutcome refused(String key, Object... args) {
        return new LotteryOutcome.Refused(Refusal.of(key, args));
    }

    /** The calendar of the rules as they stand now. */
    private BookingCalendar calendar() {
        return rules.calendar();
    }
}
