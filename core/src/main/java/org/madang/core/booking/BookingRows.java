package org.madang.core.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.core.site.Terminal;

/**
 * The one place booking rows are written and read: every way of making a booking (the kiosk,
 * the counter, the lottery, the waiting list) inserts through {@link #insert}, so the capacity
 * guard, the payment deadline and the event are the same for all.
 */
final class BookingRows {
    static final String SELECT = "SELECT b.id, b.slot_id, s.facility_id, b.resident_id, s.starts_at, s.ends_at, b.party, "
            + "b.fee, b.fee_basis, b.payment, b.status, b.channel, b.terminal_id, b.created_at, b.pay_by, b.checked_in_at "
            + "FROM booking b JOIN slot s ON s.id = b.slot_id ";

    private final EventLog events;
    private final Terminal terminal;
    private final BookingPolicy policy;

    BookingRows(EventLog events, Terminal terminal, BookingPolicy policy) {
        this.events = events;
        this.terminal = terminal;
        this.policy = policy;
    }

    static Booking map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Booking(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getObject(5, LocalDateTime.class),
                rs.getObject(6, LocalDateTime.class), rs.getInt(7), rs.getInt(8), FeeBasis.valueOf(rs.getString(9)),
                PaymentState.valueOf(rs.getString(10)), BookingStatus.valueOf(rs.getString(11)), Channel.valueOf(rs.getString(12)),
                rs.getString(13), rs.getObject(14, LocalDateTime.class), rs.getObject(15, LocalDateTime.class),
                rs.getObject(16, LocalDateTime.class));
    }

    static Optional<Booking> byId(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE b.id = :id").bind("id", id).map(BookingRows::map).findOne();
    }

    /** Locks a booking's row for the rest of the transaction and reads it. */
    static Optional<Booking> lock(Handle h, long id) {
        h.createQuery("SELECT id FROM booking WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne();
        return byId(h, id);
    }

    static Optional<Booking> byRequest(Handle h, String requestId) {
        return h.createQuery(SELECT + "WHERE b.request_id = :r").bind("r", requestId).map(BookingRows::map).findOne();
    }

    /** Seats a party takes in a slot of {@code facility}: the party where seats are sold, else the whole slot's one booking. */
    static int units(Facility facility, int party) {
        return facility.perSeat() ? party : 1;
    }

    /**
     * Takes the seats and writes the booking and its event, in the caller's transaction.
     *
     * @return empty when the slot has no room left (nothing written)
     */
    Optional<Booking> insert(Handle h, Slot slot, Facility facility, long residentId, int party, Quote quote, Channel channel,
                             String requestId, LocalDateTime now, String actor) {
        int units = units(facility, party);
        int updated = h.createUpdate("UPDATE slot SET booked = booked + :n WHERE id = :id AND booked + :n <= capacity AND NOT closed")
                .bind("n", units).bind("id", slot.id()).execute();
        if (updated == 0) {
            return Optional.empty();
        }
        PaymentState payment = quote.fee() == 0 ? PaymentState.FREE : PaymentState.UNPAID;
        LocalDateTime payBy = payment == PaymentState.UNPAID ? payBy(now, slot.startsAt()) : null;
        long id = h.createUpdate("INSERT INTO booking (slot_id, resident_id, party, fee, fee_basis, status, payment, channel, "
                        + "terminal_id, created_at, request_id, pay_by) VALUES (:slot, :resident, :party, :fee, :basis, 'BOOKED', "
                        + ":payment, :channel, :terminal, :now, :request, :payBy)")
                .bind("slot", slot.id()).bind("resident", residentId).bind("party", party).bind("fee", quote.fee())
                .bind("basis", quote.basis().name()).bind("payment", payment.name()).bind("channel", channel.name())
                .bind("terminal", terminal.id()).bind("now", now).bind("request", requestId).bind("payBy", payBy)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Booking booking = new Booking(id, slot.id(), facility.id(), residentId, slot.startsAt(), slot.endsAt(), party,
                quote.fee(), quote.basis(), payment, BookingStatus.BOOKED, channel, terminal.id(), now, payBy, null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", booking.number());
        payload.put("slot", slot.id());
        payload.put("facility", facility.code());
        payload.put("startsAt", slot.startsAt().toString());
        payload.put("party", party);
        payload.put("fee", quote.fee());
        payload.put("feeBasis", quote.basis().name());
        payload.put("payment", payment.name());
        payload.put("channel", channel.name());
        events.append(h, new EventDraft(EventType.BOOKING_CREATED, "booking:" + id, actor, payload));
        return Optional.of(booking);
    }

    /** An unpaid booking is cancelled {@code unpaidDays} after it was made, and never later than its start. */
    LocalDateTime payBy(LocalDateTime now, LocalDateTime start) {
        LocalDateTime deadline = now.plusDays(policy.unpaidDays());
        return deadline.isAfter(start) ? start : deadline;
    }

    /**
     * Cancels a booking that holds seats and gives the seats back, in the caller's transaction.
     * The caller has locked the row and decided the refund.
     */
    void cancel(Handle h, Booking booking, Facility facility, String reason, int refund, LocalDateTime now, String actor) {
        h.createUpdate("UPDATE booking SET status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason, refund = :refund, "
                        + "pay_by = NULL WHERE id = :id")
                .bind("now", now).bind("reason", reason).bind("refund", refund).bind("id", booking.id()).execute();
        h.createUpdate("UPDATE slot SET booked = booked - :n WHERE id = :id")
                .bind("n", units(facility, booking.party())).bind("id", booking.slotId()).execute();
        events.append(h, new EventDraft(EventType.BOOKING_CANCELLED, "booking:" + booking.id(), actor,
                Map.of("number", booking.number(), "reason", reason, "refund", refund, "slot", booking.slotId())));
    }
}
