package org.madang.core.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;

/**
 * The per-resident rules checked inside a booking's transaction (after the resident's row is
 * locked, so two terminals cannot both squeeze past a limit): a ban, one slot per facility per
 * day, so many per week, so many hours of day-time use per day (overnight stays are not counted).
 */
final class ResidentLimits {
    private final BookingPolicy policy;

    ResidentLimits(BookingPolicy policy) {
        this.policy = policy;
    }

    /** The first rule {@code residentId} would break by taking {@code slot}; empty when none. */
    Optional<Refusal> check(Handle h, long residentId, Slot slot, Facility facility, LocalDateTime now) {
        Optional<LocalDateTime> ban = h.createQuery("SELECT MAX(ends_at) FROM booking_ban WHERE resident_id = :r "
                        + "AND starts_at <= :now AND ends_at > :now")
                .bind("r", residentId).bind("now", now).mapTo(LocalDateTime.class).findOne();
        if (ban.isPresent()) {
            return Optional.of(Refusal.of("booking.refused.banned", ban.get().toLocalDate(), policy.penaltiesForBan()));
        }
        LocalDate day = slot.startsAt().toLocalDate();
        int sameFacility = h.createQuery("SELECT COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id WHERE b.resident_id = :r "
                        + "AND s.facility_id = :f AND s.slot_day = :day AND b.status IN " + BookingStatus.HOLDING_SQL)
                .bind("r", residentId).bind("f", facility.id()).bind("day", day).mapTo(Integer.class).one();
        if (sameFacility >= policy.perFacilityPerDay()) {
            return Optional.of(Refusal.of("booking.refused.sameDay", facility.name(), day, policy.perFacilityPerDay()));
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int inWeek = h.createQuery("SELECT COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id WHERE b.resident_id = :r "
                        + "AND s.slot_day BETWEEN :from AND :to AND b.status IN " + BookingStatus.HOLDING_SQL)
                .bind("r", residentId).bind("from", monday).bind("to", monday.plusDays(6)).mapTo(Integer.class).one();
        if (inWeek >= policy.perWeek()) {
            return Optional.of(Refusal.of("booking.refused.perWeek", monday, monday.plusDays(6), policy.perWeek()));
        }
        if (overnight(slot.startsAt(), slot.endsAt())) {
            return Optional.empty();
        }
        long minutes = h.createQuery("SELECT s.starts_at, s.ends_at FROM booking b JOIN slot s ON s.id = b.slot_id "
                        + "WHERE b.resident_id = :r AND s.slot_day = :day AND b.status IN " + BookingStatus.HOLDING_SQL)
                .bind("r", residentId).bind("day", day)
                .map((rs, ctx) -> {
                    LocalDateTime from = rs.getObject(1, LocalDateTime.class);
                    LocalDateTime to = rs.getObject(2, LocalDateTime.class);
                    return overnight(from, to) ? 0L : Duration.between(from, to).toMinutes();
                })
                .list().stream().mapToLong(Long::longValue).sum();
        long wanted = Duration.between(slot.startsAt(), slot.endsAt()).toMinutes();
        if (minutes + wanted > policy.hoursPerDay() * 60L) {
            return Optional.of(Refusal.of("booking.refused.hoursPerDay", day, policy.hoursPerDay(), minutes / 60.0));
        }
        return Optional.empty();
    }

    /** Stays that run past midnight (camping, lodging) are not day-time use: the hours rule leaves them out. */
    private static boolean overnight(LocalDateTime from, LocalDateTime to) {
        return !to.toLocalDate().equals(from.toLocalDate()) && !to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }
}
