package org.madang.core.payment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.booking.BookingNumber;
import org.madang.core.facility.Localized;

/**
 * What is waiting to be paid at the counter: live bookings with a fee not yet paid (with the
 * time the sweeper cancels them), course places and issued documents with no payment. Lapsing
 * ones come first.
 */
public final class FeesDue {
    private static final String BOOKINGS = "SELECT b.id, b.resident_id, r.name, b.fee, f.name_ko, f.name_en, s.starts_at, b.pay_by "
            + "FROM booking b JOIN slot s ON s.id = b.slot_id JOIN facility f ON f.id = s.facility_id JOIN resident r ON r.id = b.resident_id "
            + "WHERE b.payment = 'UNPAID' AND b.status IN ('BOOKED', 'CHECKED_IN') AND b.fee > 0 ";
    private static final String COURSES = "SELECT e.id, e.resident_id, r.name, e.fee, c.title_ko, c.title_en, c.starts_on, c.code, "
            + "c.start_time FROM course_enrolment e JOIN course c ON c.id = e.course_id JOIN resident r ON r.id = e.resident_id "
            + "WHERE e.status = 'ENROLLED' AND e.fee > 0 "
            + "AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.item_kind = 'COURSE' AND p.item_id = e.id) ";
    private static final String DOCUMENTS = "SELECT d.id, d.requester_id, r.name, d.fee, t.name_ko, t.name_en, d.issued_at, d.number "
            + "FROM document_issue d JOIN document_type t ON t.code = d.type_code JOIN resident r ON r.id = d.requester_id "
            + "WHERE d.status = 'ISSUED' AND d.fee > 0 "
            + "AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.item_kind = 'DOCUMENT' AND p.item_id = d.id) ";

    private static final Comparator<FeeItem> LAPSING_FIRST = Comparator
            .comparing((FeeItem f) -> f.payBy() == null ? LocalDateTime.MAX : f.payBy())
            .thenComparing(FeeItem::when).thenComparing(FeeItem::itemId);

    private final Jdbi jdbi;

    public FeesDue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Everything one resident has to pay. */
    public List<FeeItem> of(long residentId) {
        return jdbi.withHandle(h -> read(h, residentId));
    }

    /** Everything waiting to be paid at this site, lapsing first: the day's list at the counter. */
    public List<FeeItem> all() {
        return jdbi.withHandle(h -> read(h, null));
    }

    /** Unpaid bookings the sweeper will cancel by {@code until}, soonest first. */
    public List<FeeItem> lapsingBy(LocalDateTime until) {
        return all().stream().filter(f -> f.payBy() != null && !f.payBy().isAfter(until)).toList();
    }

    private static List<FeeItem> read(Handle h, Long resident) {
        String where = resident == null ? "" : "AND r.id = :r";
        List<FeeItem> out = new ArrayList<>();
        out.addAll(query(h, BOOKINGS + where, resident).map((rs, ctx) -> new FeeItem(ItemKind.BOOKING, rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), new Localized(rs.getString(5), rs.getString(6)), rs.getObject(7, LocalDateTime.class),
                BookingNumber.of(rs.getLong(1)), rs.getObject(8, LocalDateTime.class))).list());
        out.addAll(query(h, COURSES + where, resident).map((rs, ctx) -> new FeeItem(ItemKind.COURSE, rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), new Localized(rs.getString(5), rs.getString(6)),
                rs.getObject(7, java.time.LocalDate.class).atTime(rs.getObject(9, java.time.LocalTime.class)), rs.getString(8), null)).list());
        out.addAll(query(h, DOCUMENTS + where, resident).map((rs, ctx) -> new FeeItem(ItemKind.DOCUMENT, rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), new Localized(rs.getString(5), rs.getString(6)), rs.getObject(7, LocalDateTime.class),
                rs.getString(8), null)).list());
        out.sort(LAPSING_FIRST);
        return out;
    }

    private static org.jdbi.v3.core.statement.Query query(Handle h, String sql, Long resident) {
        org.jdbi.v3.core.statement.Query q = h.createQuery(sql);
        return resident == null ? q : q.bind("r", resident.longValue());
    }
}
