package org.madang.core.booking;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
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
import org.madang.core.resident.ResidentStore;
import org.madang.core.site.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books slots. One booking is one transaction: the rule checks, a capacity-guarded update of
 * the slot (the database refuses more than its capacity, whichever process asks), the booking
 * row and its event.
 */
public final class BookingService {
    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final ResidentStore residents;
    private final FeeRule fees;
    private final Clock clock;
    private final Terminal terminal;

    public BookingService(Jdbi jdbi, EventLog events, FacilityStore facilities, ResidentStore residents, FeeRule fees,
                          Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.residents = residents;
        this.fees = fees;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** What the booking would cost this resident, for the confirmation screen. */
    public int quote(Facility facility, Resident resident, int party) {
        return fees.fee(facility, resident, party);
    }

    public BookingOutcome book(BookingRequest request) {
        if (request.party() < 1) {
            return refused("booking.refused.party");
        }
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
        if (!slot.get().startsAt().isAfter(now)) {
            return refused("booking.refused.started");
        }
        int units = facility.perSeat() ? request.party() : 1;
        if (units > slot.get().capacity()) {
            return refused("booking.refused.partyTooLarge", Integer.toString(slot.get().capacity()));
        }
        int fee = fees.fee(facility, resident.get(), request.party());
        try {
            return jdbi.inTransaction(h -> bookInTransaction(h, request, slot.get(), facility, units, fee, now));
        } catch (JdbiException e) {
            if (isCapacityViolation(e)) {
                return refused("booking.refused.justTaken");
            }
            throw e;
        }
    }

    private BookingOutcome bookInTransaction(Handle h, BookingRequest request, Slot slot, Facility facility, int units,
                                             int fee, LocalDateTime now) {
        // lock order everywhere: resident, then slot, then the event head; so no two bookings deadlock
        h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", request.residentId()).mapTo(Long.class).one();
        int sameDay = h.createQuery("SELECT COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id "
                        + "WHERE b.resident_id = :r AND s.facility_id = :f AND s.slot_day = :day AND b.status = 'BOOKED'")
                .bind("r", request.residentId()).bind("f", facility.id()).bind("day", slot.startsAt().toLocalDate())
                .mapTo(Integer.class).one();
        if (sameDay > 0) {
            return new BookingOutcome.Refused(Refusal.of("booking.refused.sameDay", slot.startsAt().toLocalDate().toString()));
        }
        int updated = h.createUpdate("UPDATE slot SET booked = booked + :n WHERE id = :id AND booked + :n <= capacity")
                .bind("n", units).bind("id", slot.id()).execute();
        if (updated == 0) {
            return new BookingOutcome.Refused(Refusal.of("booking.refused.justTaken"));
        }
        PaymentState payment = fee == 0 ? PaymentState.FREE : PaymentState.UNPAID;
        long id = h.createUpdate("INSERT INTO booking (slot_id, resident_id, party, fee, status, payment, channel, terminal_id, created_at) "
                        + "VALUES (:slot, :resident, :party, :fee, 'BOOKED', :payment, :channel, :terminal, :now)")
                .bind("slot", slot.id()).bind("resident", request.residentId()).bind("party", request.party())
                .bind("fee", fee).bind("payment", payment.name()).bind("channel", request.channel().name())
                .bind("terminal", terminal.id()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Booking booking = new Booking(id, slot.id(), facility.id(), request.residentId(), slot.startsAt(), slot.endsAt(),
                request.party(), fee, payment, request.channel(), terminal.id(), now);
        events.append(h, new EventDraft(EventType.BOOKING_CREATED, "booking:" + id, "resident:" + request.residentId(),
                Map.of("number", booking.number(), "slot", slot.id(), "facility", facility.code(),
                        "startsAt", slot.startsAt().toString(), "party", request.party(), "fee", fee,
                        "payment", payment.name(), "channel", request.channel().name())));
        log.info("booked {} slot {} for resident {} at {}", booking.number(), slot.id(), request.residentId(), terminal.id());
        return new BookingOutcome.Booked(booking);
    }

    /** True when the database's own capacity constraint refused the update (the last line of defence). */
    private static boolean isCapacityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23513".equals(sql.getSQLState()) || "23514".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static BookingOutcome refused(String key, String... args) {
        return new BookingOutcome.Refused(Refusal.of(key, args));
    }
}
