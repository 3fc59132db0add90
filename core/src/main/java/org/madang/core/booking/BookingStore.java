package org.madang.core.booking;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/** Reads bookings for the kiosk's "My bookings" and the counter's views. */
public final class BookingStore {
    private final Jdbi jdbi;

    public BookingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Bookings made on {@code day}, newest first. */
    public List<BookingSummary> madeOn(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT b.id, f.name_ko, f.name_en, s.starts_at, s.ends_at, r.name, b.party, "
                        + "b.fee, b.payment, b.channel, b.terminal_id, b.created_at FROM booking b "
                        + "JOIN slot s ON s.id = b.slot_id JOIN facility f ON f.id = s.facility_id "
                        + "JOIN resident r ON r.id = b.resident_id "
                        + "WHERE b.created_at >= :from AND b.created_at < :to ORDER BY b.created_at DESC, b.id DESC")
                .bind("from", day.atStartOfDay()).bind("to", day.plusDays(1).atStartOfDay())
                .map((rs, ctx) -> new BookingSummary(rs.getLong(1), BookingNumber.of(rs.getLong(1)),
                        new Localized(rs.getString(2), rs.getString(3)),
                        rs.getObject(4, java.time.LocalDateTime.class), rs.getObject(5, java.time.LocalDateTime.class),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), PaymentState.valueOf(rs.getString(9)),
                        Channel.valueOf(rs.getString(10)), rs.getString(11), rs.getObject(12, java.time.LocalDateTime.class)))
                .list());
    }

    /** A resident's bookings that have not ended yet (cancelled ones left out), soonest first. */
    public List<ResidentBooking> upcoming(long residentId, java.time.LocalDateTime now) {
        return named("WHERE b.resident_id = :r AND s.ends_at > :now AND b.status <> 'CANCELLED' ORDER BY s.starts_at, b.id",
                q -> q.bind("r", residentId).bind("now", now));
    }

    /** Every booking starting on {@code day} (cancelled ones too), by start time: the receipts a day's check-ins scan. */
    public List<ResidentBooking> startingOn(LocalDate day) {
        return named("WHERE s.starts_at >= :from AND s.starts_at < :to ORDER BY s.starts_at, b.id",
                q -> q.bind("from", day.atStartOfDay()).bind("to", day.plusDays(1).atStartOfDay()));
    }

    private List<ResidentBooking> named(String where, java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Query> binds) {
        return jdbi.withHandle(h -> binds.apply(h.createQuery(BookingRows.SELECT.replace(" FROM booking b",
                                ", f.name_ko, f.name_en, f.location_ko, f.location_en FROM booking b")
                        + "JOIN facility f ON f.id = s.facility_id " + where))
                .map((rs, ctx) -> new ResidentBooking(BookingRows.map(rs, ctx), new Localized(rs.getString(17), rs.getString(18)),
                        new Localized(rs.getString(19), rs.getString(20))))
                .list());
    }

    /** One booking, for a receipt reprint. */
    public java.util.Optional<Booking> byId(long id) {
        return jdbi.withHandle(h -> BookingRows.byId(h, id));
    }
}
