package org.madang.core.booking;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.madang.core.Refusal;
import org.madang.core.event.EventLog;
import org.madang.core.facility.DayAvailability;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.facility.Slot;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentStore;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SqlErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books slots first come, first served. One booking is one transaction: the resident's row is
 * locked, the per-resident limits checked, the slot's seats taken by a capacity-guarded update
 * (the database refuses more than its capacity, whichever process asks), the booking row and
 * its event written.
 */
public final class BookingService {
    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    /** One try, and two more after lost connections. */
    private static final int MAX_ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final FacilityStore facilities;
    private final ResidentStore residents;
    private final BookingRules rules;
    private final ResidentLimits limits;
    private final BookingRows rows;
    private final Clock clock;

    public BookingService(Jdbi jdbi, EventLog events, FacilityStore facilities, ResidentStore residents, BookingRules rules,
                          Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.facilities = facilities;
        this.residents = residents;
        this.rules = rules;
        this.limits = new ResidentLimits(rules.policy());
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.clock = clock;
    }

    public BookingRules rules() {
        return rules;
    }

    /**
     * A facility's calendar as a kiosk or a counter shows it: every day from the first still
     * bookable to the end of what the window shows, with its free times and its phase.
     */
    public List<CalendarDay> calendar(Facility f, LocalDateTime now) {
        LocalDate first = now.toLocalDate().plusDays(calendar().policy().closesDaysBefore());
        LocalDate last = calendar().lastShownDay(now);
        Map<LocalDate, DayAvailability> free = new HashMap<>();
        facilities.availability(f.id(), first, last, now).forEach(d -> free.put(d.day(), d));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayAvailability a = free.get(d);
            days.add(new CalendarDay(d, a == null ? 0 : a.freeSlots(), a == null ? 0 : a.slots(), calendar().phase(d, f.popular(), now)));
        }
        return days;
    }

    /** What the booking would cost this resident, for the confirmation screen. */
    public Quote quote(Facility facility, Resident resident, int party, Slot slot) {
        return rules.fees().quote(facility, resident, party, slot.startsAt().toLocalDate());
    }

    /**
     * The rule a booking would break, asked before the resident confirms (the booking itself
     * checks again, in its transaction). Empty when it may go ahead.
     */
    public Optional<Refusal> check(long slotId, long residentId, int party) {
        Optional<Slot> slot = facilities.slot(slotId);
        Optional<Resident> resident = residents.byId(residentId);
        if (slot.isEmpty()) {
            return Optional.of(Refusal.of("booking.refused.noSlot"));
        }
        if (resident.isEmpty()) {
            return Optional.of(Refusal.of("booking.refused.unknownResident"));
        }
        Facility facility = facilities.byId(slot.get().facilityId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Refusal> before = beforeTransaction(slot.get(), facility, resident.get(), party, now);
        if (before.isPresent()) {
            return before;
        }
        if (slot.get().free() < BookingRows.units(facility, party)) {
            return Optional.of(Refusal.of("booking.refused.justTaken"));
        }
        return jdbi.withHandle(h -> limits.check(h, residentId, slot.get(), facility, now));
    }

    public BookingOutcome book(BookingRequest request) {
        Optional<Slot> slot = facilities.slot(request.slotId());
        if (slot.isEmpty()) {
            return refused("booking.refused.noSlot");
        }
        Facility facility = facilities.byId(slot.get().facilityId()).orElseThrow();
        Optional<Resident> resident = residents.byId(request.residentId());
        if (resident.isEmpty()) {
            return refused("booking.refused.unknownResident");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Refusal> before = beforeTransaction(slot.get(), facility, resident.get(), request.party(), now);
        if (before.isPresent()) {
            return new BookingOutcome.Refused(before.get());
        }
        Quote quote = quote(facility, resident.get(), request.party(), slot.get());
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    StaffRights.requireIfStaff(h, request.actor(), Permission.WINDOW);
                    // lock order everywhere: resident, then slot, then the event head; so no two bookings deadlock
                    h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", request.residentId())
                            .mapTo(Long.class).one();
                    Optional<Booking> already = BookingRows.byRequest(h, request.requestId());
                    if (already.isPresent()) {
                        return new BookingOutcome.Booked(already.get());
                    }
                    if (h.createQuery("SELECT closed FROM slot WHERE id = :id").bind("id", slot.get().id()).mapTo(Boolean.class).one()) {
                        return new BookingOutcome.Refused(Refusal.of("booking.refused.closed"));
                    }
                    Optional<Refusal> broken = limits.check(h, request.residentId(), slot.get(), facility, now);
                    if (broken.isPresent()) {
                        return new BookingOutcome.Refused(broken.get());
                    }
                    Optional<Booking> made = rows.insert(h, slot.get(), facility, request.residentId(), request.party(), quote,
                            request.channel(), request.requestId(), now, request.actor());
                    made.ifPresent(b -> log.info("booked {} slot {} for resident {}", b.number(), b.slotId(), b.residentId()));
                    return made.<BookingOutcome>map(BookingOutcome.Booked::new)
                            .orElseGet(() -> new BookingOutcome.Refused(Refusal.of("booking.refused.justTaken")));
                });
            } catch (JdbiException e) {
                if (SqlErrors.isCheckViolation(e)) {
                    return refused("booking.refused.justTaken");
                }
                if (!SqlErrors.isConnectionLost(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                // the commit may or may not have reached the database: ask it, on a new connection
                log.warn("connection lost while booking (request {}); trying again", request.requestId(), e);
                Optional<Booking> made = jdbi.withHandle(h -> BookingRows.byRequest(h, request.requestId()));
                if (made.isPresent()) {
                    return new BookingOutcome.Booked(made.get());
                }
            }
        }
    }

    /** The rules that need no lock: party size, the slot's start, the booking window. */
    private Optional<Refusal> beforeTransaction(Slot slot, Facility facility, Resident resident, int party, LocalDateTime now) {
        Optional<Refusal> partyRefused = rules.policy().partyRefusal(facility, slot, party);
        if (partyRefused.isPresent()) {
            return partyRefused;
        }
        if (!slot.startsAt().isAfter(now)) {
            return Optional.of(Refusal.of("booking.refused.started"));
        }
        Optional<Refusal> window = calendar().firstComeRefusal(slot.startsAt().toLocalDate(), facility.popular(),
                resident.countyResident(), now);
        if (window.isPresent()) {
            return window;
        }
        return Optional.empty();
    }

    private static BookingOutcome refused(String key, Object... args) {
        return new BookingOutcome.Refused(Refusal.of(key, args));
    }

    /** The calendar of the rules as they stand now. */
    private BookingCalendar calendar() {
        return rules.calendar();
    }
}
