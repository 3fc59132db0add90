package org.madang.core.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The facility catalogue and its slots, as the kiosk browses them. */
public final class FacilityStore {
    /** A facility with its centre's name; what follows names facility columns plainly or as {@code f.}. */
    static final String FACILITY = "SELECT f.id, f.code, f.category, f.name_ko, f.name_en, f.summary_ko, f.summary_en, "
            + "f.location_ko, f.location_en, f.capacity, f.per_seat, f.fee, f.opens_at, f.closes_at, f.slot_minutes, f.popular, "
            + "f.rules_ko, f.rules_en, f.site, c.name AS centre_name FROM facility f JOIN centre c ON c.code = f.site ";
    private static final String SLOT = "SELECT id, facility_id, starts_at, ends_at, capacity, booked FROM slot ";

    private final Jdbi jdbi;

    public FacilityStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How many facilities each category holds (categories without any are left out). */
    public Map<FacilityCategory, Integer> categoryCounts() {
        Map<FacilityCategory, Integer> counts = new EnumMap<>(FacilityCategory.class);
        jdbi.useHandle(h -> h.createQuery("SELECT category, COUNT(*) FROM facility GROUP BY category")
                .map((rs, ctx) -> Map.entry(FacilityCategory.valueOf(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** Every facility, by category and name. */
    public List<Facility> all() {
        return jdbi.withHandle(h -> h.createQuery(FACILITY + "ORDER BY category, name_ko").map(FacilityStore::facility).list());
    }

    public List<Facility> inCategory(FacilityCategory category) {
        return jdbi.withHandle(h -> h.createQuery(FACILITY + "WHERE category = :c ORDER BY name_ko")
                .bind("c", category.name()).map(FacilityStore::facility).list());
    }

    public Optional<Facility> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(FACILITY + "WHERE f.id = :id").bind("id", id).map(FacilityStore::facility).findOne());
    }

    public Optional<Slot> slot(long id) {
        return jdbi.withHandle(h -> h.createQuery(SLOT + "WHERE id = :id").bind("id", id).map(FacilityStore::slot).findOne());
    }

    /** A slot read in the caller's transaction (sees what the transaction changed). */
    public static Slot slot(org.jdbi.v3.core.Handle h, long id) {
        return h.createQuery(SLOT + "WHERE id = :id").bind("id", id).map(FacilityStore::slot).one();
    }

    /** Each day from {@code from} to {@code to} (inclusive) that has slots not yet started after {@code now}. */
    public List<DayAvailability> availability(long facilityId, LocalDate from, LocalDate to, LocalDateTime now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT slot_day, SUM(CASE WHEN booked < capacity THEN 1 ELSE 0 END), COUNT(*) "
                        + "FROM slot WHERE facility_id = :f AND slot_day BETWEEN :from AND :to AND starts_at > :now AND NOT closed "
                        + "GROUP BY slot_day ORDER BY slot_day")
                .bind("f", facilityId).bind("from", from).bind("to", to).bind("now", now)
                .map((rs, ctx) -> new DayAvailability(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3)))
                .list());
    }

    /** The slots of a facility on a day that start after {@code now}, in order. */
    public List<Slot> slots(long facilityId, LocalDate day, LocalDateTime now) {
        return jdbi.withHandle(h -> h.createQuery(SLOT + "WHERE facility_id = :f AND slot_day = :day AND starts_at > :now AND NOT closed ORDER BY starts_at")
                .bind("f", facilityId).bind("day", day).bind("now", now).map(FacilityStore::slot).list());
    }

    static Facility facility(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Facility(rs.getLong("id"), rs.getString("code"), FacilityCategory.valueOf(rs.getString("category")),
                new Localized(rs.getString("name_ko"), rs.getString("name_en")),
                new Localized(rs.getString("summary_ko"), rs.getString("summary_en")),
                new Localized(rs.getString("location_ko"), rs.getString("location_en")),
                rs.getInt("capacity"), rs.getBoolean("per_seat"), rs.getInt("fee"),
                rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
                rs.getInt("slot_minutes"), rs.getBoolean("popular"), new Localized(rs.getString("rules_ko"), rs.getString("rules_en")),
                new org.madang.core.county.Centre(rs.getString("site"), rs.getString("centre_name")));
    }

    static Slot slot(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Slot(rs.getLong("id"), rs.getLong("facility_id"), rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class), rs.getInt("capacity"), rs.getInt("booked"));
    }
}
