package org.madang.core.booking;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/** The facilities a resident really used (checked in), for the facility use confirmation (시설 이용 확인서). */
public final class FacilityUses {
    private final Jdbi jdbi;

    public FacilityUses(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One visit: which facility, when, how many, and the fee paid. */
    public record Use(Localized facility, LocalDateTime startsAt, LocalDateTime endsAt, int party, int fee) {
    }

    /** Visits that started in {@code [from, to)}, oldest first. */
    public List<Use> of(long residentId, LocalDateTime from, LocalDateTime to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT f.name_ko, f.name_en, s.starts_at, s.ends_at, b.party, b.fee FROM booking b "
                        + "JOIN slot s ON s.id = b.slot_id JOIN facility f ON f.id = s.facility_id WHERE b.resident_id = :r "
                        + "AND b.status = 'CHECKED_IN' AND s.starts_at >= :from AND s.starts_at < :to ORDER BY s.starts_at")
                .bind("r", residentId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Use(new Localized(rs.getString(1), rs.getString(2)), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), rs.getInt(5), rs.getInt(6))).list());
    }
}
