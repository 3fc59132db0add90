package org.madang.core.booking;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The figures of the facility-booking rules (POLICIES.md), with their defaults. The rules live
 * in code; a site changes a figure with a row in {@code policy_setting} (see {@link #with}).
 *
 * @param windowOpensMonthsBefore  bookings for a day open this many months before its month (1: the previous month)
 * @param windowOpensAt            time of day the window opens, on its first day
 * @param priorityDays             days from the 1st on which only county residents may book (1–3 → 3)
 * @param closesDaysBefore         the last day to book is this many days before the slot's day
 * @param perFacilityPerDay        slots of one facility a resident may hold on one day
 * @param perWeek                  slots a resident may hold in one week (Monday to Sunday)
 * @param hoursPerDay              hours of booked time a resident may hold on one day
 * @param residentDiscountPercent  what county residents save
 * @param seniorAge                age from which the senior exemption applies
 * @param unpaidDays               days after booking an unpaid booking is cancelled
 * @param refundFullDays           cancelling this many days before or more: 100 %
 * @param refundHighDays           from this many days: {@code refundHighPercent}
 * @param refundLowDays            from this many days: {@code refundLowPercent}; later (the same day): nothing
 * @param checkInEarly             how long before the start check-in opens
 * @param noShowAfter              not checked in this long after the start: a no-show
 * @param penaltiesForBan          active penalties that bring a ban
 * @param banDays                  length of a ban
 * @param penaltyMonths            months a penalty stays active
 * @param lotteryDrawDaysBefore    popular slots are drawn this many days before the window opens
 * @param lotteryEntryDays         entries are taken for this many days before the draw
 * @param maxParty                 largest party one booking may bring, where seats are sold
 */
public record BookingPolicy(int windowOpensMonthsBefore, LocalTime windowOpensAt, int priorityDays, int closesDaysBefore,
                            int perFacilityPerDay, int perWeek, int hoursPerDay, int residentDiscountPercent, int seniorAge,
                            int unpaidDays, int refundFullDays, int refundHighDays, int refundHighPercent, int refundLowDays,
                            int refundLowPercent, Duration checkInEarly, Duration noShowAfter, int penaltiesForBan, int banDays,
                            int penaltyMonths, int lotteryDrawDaysBefore, int lotteryEntryDays, int maxParty) {

    public static final BookingPolicy DEFAULTS = new BookingPolicy(1, LocalTime.of(9, 0), 3, 1, 1, 2, 4, 50, 65, 2,
            7, 3, 90, 1, 70, Duration.ofMinutes(30), Duration.ofMinutes(15), 3, 30, 3, 3, 7, 10);

    /** The names a {@code policy_setting} row may use, in the order of the record. */
    public static final List<String> NAMES = List.of("windowOpensMonthsBefore", "windowOpensAt", "priorityDays",
            "closesDaysBefore", "perFacilityPerDay", "perWeek", "hoursPerDay", "residentDiscountPercent", "seniorAge",
            "unpaidDays", "refundFullDays", "refundHighDays", "refundHighPercent", "refundLowDays", "refundLowPercent",
            "checkInEarlyMinutes", "noShowAfterMinutes", "penaltiesForBan", "banDays", "penaltyMonths",
            "lotteryDrawDaysBefore", "lotteryEntryDays", "maxParty");

    public BookingPolicy {
        if (refundFullDays <= refundHighDays || refundHighDays <= refundLowDays || refundLowDays < 1) {
            throw new IllegalArgumentException("refund days must fall: full " + refundFullDays + " > high " + refundHighDays
                    + " > low " + refundLowDays + " >= 1");
        }
        if (closesDaysBefore < 0 || perFacilityPerDay < 1 || perWeek < 1 || hoursPerDay < 1 || penaltiesForBan < 1 || maxParty < 1) {
            throw new IllegalArgumentException("booking limits must be positive");
        }
    }

    /** Each figure as a {@code policy_setting} row would write it, by name, in the order of {@link #NAMES}. */
    public Map<String, String> settings() {
        Object[] v = values();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            out.put(NAMES.get(i), String.valueOf(v[i]));
        }
        return out;
    }

    /** The figures in the order of {@link #NAMES} (durations in minutes). */
    private Object[] values() {
        return new Object[] {windowOpensMonthsBefore, windowOpensAt, priorityDays, closesDaysBefore, perFacilityPerDay, perWeek,
            hoursPerDay, residentDiscountPercent, seniorAge, unpaidDays, refundFullDays, refundHighDays, refundHighPercent,
            refundLowDays, refundLowPercent, (int) checkInEarly.toMinutes(), (int) noShowAfter.toMinutes(), penaltiesForBan,
            banDays, penaltyMonths, lotteryDrawDaysBefore, lotteryEntryDays, maxParty};
    }

    /**
     * This policy with site settings laid over it.
     *
     * @throws IllegalArgumentException naming the setting, for an unknown name or a value that is not a number (or time)
     */
    public BookingPolicy with(Map<String, String> settings) {
        Object[] v = values();
        settings.forEach((name, value) -> {
            int i = NAMES.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("unknown booking policy setting '" + name + "' (known: " + String.join(", ", NAMES) + ")");
            }
            try {
                v[i] = i == 1 ? LocalTime.parse(value.strip()) : Integer.valueOf(value.strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("booking policy setting '" + name + "' must be "
                        + (i == 1 ? "a time like 09:00" : "a whole number") + ", not '" + value + "'", e);
            }
        });
        return new BookingPolicy((int) v[0], (LocalTime) v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6],
                (int) v[7], (int) v[8], (int) v[9], (int) v[10], (int) v[11], (int) v[12], (int) v[13], (int) v[14],
                Duration.ofMinutes((int) v[15]), Duration.ofMinutes((int) v[16]), (int) v[17], (int) v[18], (int) v[19],
                (int) v[20], (int) v[21], (int) v[22]);
    }
}
