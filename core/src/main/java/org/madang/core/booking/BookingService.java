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

    /** One try, and two more after lost connections. */
    private static final int MAX_ATTEMPTS = 3;

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
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> bookInTransaction(h, request, slot.get(), facility, units, fee, now));
            } catch (JdbiException e) {
                if (isCapacityViolation(e)) {
                    return refused("booking.refused.justTaken");
                }
                if (!isConnectionLost(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                // the commit may or may not have reached the database: ask it, on a new connection
                log.warn("connection lost while booking (request {}); trying again", request.requestId(), e);
                Optional<Booking> made = byRequest(request.requestId());
                if (made.isPresent()) {
                    return new BookingOutcome.Booked(made.get());
                }
            }
        }
    }

    /** The booking a request already made, if any. */
    private Optional<Booking> byRequest(String requestId) {
        return jdbi.withHandle(h -> byRequest(h, requestId));
    }

    private static Optional<Booking> byRequest(Handle h, String requestId) {
        return h.createQuery("SELECT b.id, b.slot_id, s.facility_id, b.resident_id, s.starts_at, s.ends_at, b.party, b.fee, "
                        + "b.payment, b.channel, b.terminal_id, b.created_at FROM booking b JOIN slot s ON s.id = b.slot_id "
                        + "WHERE b.request_id = :r")
                .bind("r", requestId)
                .map((rs, ctx) -> new Booking(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDateTime.class), rs.getInt(7), rs.getInt(8),
                        PaymentState.valueOf(rs.getString(9)), Channel.valueOf(rs.getString(10)), rs.getString(11),
                        rs.getObject(12, LocalDateTime.class)))
                .findOne();
    }

    private BookingOutcome bookInTransaction(Handle h, BookingRequest request, Slot slot, Facility facility, int units,
                                             int fee, LocalDateTime now) {
        // lock order everywhere: resident, then slot, then the event head; so no two bookings deadlock
        h.createQuery("SELECT id FROM resident WHERE id = :id FOR UPDATE").bind("id", request.residentId()).mapTo(Long.class).one();
        Optional<Booking> already = byRequest(h, request.requestId());
        if (already.isPresent()) {
            return new BookingOutcome.Booked(already.get());
        }
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
        long id = h.createUpdate("INSERT INTO booking (slot_id, resident_id, party, fee, status, payment, channel, terminal_id, created_at, "
                        + "request_id) VALUES (:slot, :resident, :party, :fee, 'BOOKED', :payment, :channel, :terminal, :now, :request)")
                .bind("slot", slot.id()).bind("resident", request.residentId()).bind("party", request.party())
                .bind("fee", fee).bind("payment", payment.name()).bind("channel", request.channel().name())
                .bind("terminal", terminal.id()).bind("now", now).bind("request", request.requestId())
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

    /**
     * True when the connection went away mid-transaction: with {@code AUTO_SERVER}, the process
     * that hosted the database file has exited, and the next connection finds the new host.
     */
    private static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if (state != null && state.startsWith("08") || code == 90067 || code == 90121 || code == 90098) {
                    return true;
                }
            }
        }
        return false;
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
