package org.madang.core.booking;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

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

    /** POLICIES.md's figures. */
    public static final BookingPolicy DEFAULTS = defaults();

    /** The names a {@code policy_setting} row may use, in the order of the record. */
    public static final List<String> NAMES = Figure.ALL.stream().map(Figure::name).toList();

    public BookingPolicy {
        if (refundFullDays <= refundHighDays || refundHighDays <= refundLowDays || refundLowDays < 1) {
            throw new IllegalArgumentException("refund days must fall: full " + refundFullDays + " > high " + refundHighDays
                    + " > low " + refundLowDays + " >= 1");
        }
        if (closesDaysBefore < 0 || perFacilityPerDay < 1 || perWeek < 1 || hoursPerDay < 1 || penaltiesForBan < 1 || maxParty < 1) {
            throw new IllegalArgumentException("booking limits must be positive");
        }
    }

    private static BookingPolicy defaults() {
        Builder b = new Builder();
        b.windowOpensMonthsBefore = 1;
        b.windowOpensAt = LocalTime.of(9, 0);
        b.priorityDays = 3;
        b.closesDaysBefore = 1;
        b.perFacilityPerDay = 1;
        b.perWeek = 2;
        b.hoursPerDay = 4;
        b.residentDiscountPercent = 50;
        b.seniorAge = 65;
        b.unpaidDays = 2;
        b.refundFullDays = 7;
        b.refundHighDays = 3;
        b.refundHighPercent = 90;
        b.refundLowDays = 1;
        b.refundLowPercent = 70;
        b.checkInEarly = Duration.ofMinutes(30);
        b.noShowAfter = Duration.ofMinutes(15);
        b.penaltiesForBan = 3;
        b.banDays = 30;
        b.penaltyMonths = 3;
        b.lotteryDrawDaysBefore = 3;
        b.lotteryEntryDays = 7;
        b.maxParty = 10;
        return b.build();
    }

    /**
     * The largest party one booking, waiting place or lottery entry may bring to the slot: where
     * seats are sold, the slot's capacity and {@code maxParty}, whichever is less; a whole
     * court or room takes any party.
     */
    public int largestParty(org.madang.core.facility.Facility facility, org.madang.core.facility.Slot slot) {
        return facility.perSeat() ? Math.min(slot.capacity(), maxParty) : Integer.MAX_VALUE;
    }

    /** The party rule, the one place it is decided: none is no party, more than {@link #largestParty} too many. */
    public java.util.Optional<org.madang.core.Refusal> partyRefusal(org.madang.core.facility.Facility facility,
                                                                    org.madang.core.facility.Slot slot, int party) {
        if (party < 1) {
            return java.util.Optional.of(org.madang.core.Refusal.of("booking.refused.party"));
        }
        int most = largestParty(facility, slot);
        return party > most ? java.util.Optional.of(org.madang.core.Refusal.of("booking.refused.partyTooLarge", most))
                : java.util.Optional.empty();
    }

    /** Each figure as a {@code policy_setting} row would write it, by name, in the order of {@link #NAMES}. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        Figure.ALL.forEach(f -> out.put(f.name(), f.read().apply(this)));
        return out;
    }

    /**
     * This policy with site settings laid over it.
     *
     * @throws IllegalArgumentException naming the setting, for an unknown name or a value that is not a number (or time)
     */
    public BookingPolicy with(Map<String, String> settings) {
        Builder b = new Builder(this);
        settings.forEach((name, value) -> {
            Figure figure = Figure.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown booking policy setting '" + name + "' (known: " + String.join(", ", NAMES) + ")"));
            try {
                figure.write().accept(b, value.strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("booking policy setting '" + name + "' must be " + figure.kind() + ", not '" + value + "'", e);
            }
        });
        return b.build();
    }

    /** One figure a site may set: its name in {@code policy_setting}, how it reads as text, and how text sets it. */
    private record Figure(String name, String kind, Function<BookingPolicy, String> read, BiConsumer<Builder, String> write) {
        static Figure whole(String name, ToIntFunction<BookingPolicy> read, ObjIntConsumer<Builder> write) {
            return new Figure(name, "a whole number", p -> Integer.toString(read.applyAsInt(p)),
                    (b, text) -> write.accept(b, Integer.parseInt(text)));
        }

        static Figure minutes(String name, Function<BookingPolicy, Duration> read, BiConsumer<Builder, Duration> write) {
            return new Figure(name, "a whole number", p -> Long.toString(read.apply(p).toMinutes()),
                    (b, text) -> write.accept(b, Duration.ofMinutes(Integer.parseInt(text))));
        }

        static final List<Figure> ALL = List.of(
                whole("windowOpensMonthsBefore", BookingPolicy::windowOpensMonthsBefore, (b, v) -> b.windowOpensMonthsBefore = v),
                new Figure("windowOpensAt", "a time like 09:00", p -> p.windowOpensAt().toString(),
                        (b, text) -> b.windowOpensAt = LocalTime.parse(text)),
                whole("priorityDays", BookingPolicy::priorityDays, (b, v) -> b.priorityDays = v),
                whole("closesDaysBefore", BookingPolicy::closesDaysBefore, (b, v) -> b.closesDaysBefore = v),
                whole("perFacilityPerDay", BookingPolicy::perFacilityPerDay, (b, v) -> b.perFacilityPerDay = v),
                whole("perWeek", BookingPolicy::perWeek, (b, v) -> b.perWeek = v),
                whole("hoursPerDay", BookingPolicy::hoursPerDay, (b, v) -> b.hoursPerDay = v),
                whole("residentDiscountPercent", BookingPolicy::residentDiscountPercent, (b, v) -> b.residentDiscountPercent = v),
                whole("seniorAge", BookingPolicy::seniorAge, (b, v) -> b.seniorAge = v),
                whole("unpaidDays", BookingPolicy::unpaidDays, (b, v) -> b.unpaidDays = v),
                whole("refundFullDays", BookingPolicy::refundFullDays, (b, v) -> b.refundFullDays = v),
                whole("refundHighDays", BookingPolicy::refundHighDays, (b, v) -> b.refundHighDays = v),
                whole("refundHighPercent", BookingPolicy::refundHighPercent, (b, v) -> b.refundHighPercent = v),
                whole("refundLowDays", BookingPolicy::refundLowDays, (b, v) -> b.refundLowDays = v),
                whole("refundLowPercent", BookingPolicy::refundLowPercent, (b, v) -> b.refundLowPercent = v),
                minutes("checkInEarlyMinutes", BookingPolicy::checkInEarly, (b, v) -> b.checkInEarly = v),
                minutes("noShowAfterMinutes", BookingPolicy::noShowAfter, (b, v) -> b.noShowAfter = v),
                whole("penaltiesForBan", BookingPolicy::penaltiesForBan, (b, v) -> b.penaltiesForBan = v),
                whole("banDays", BookingPolicy::banDays, (b, v) -> b.banDays = v),
                whole("penaltyMonths", BookingPolicy::penaltyMonths, (b, v) -> b.penaltyMonths = v),
                whole("lotteryDrawDaysBefore", BookingPolicy::lotteryDrawDaysBefore, (b, v) -> b.lotteryDrawDaysBefore = v),
                whole("lotteryEntryDays", BookingPolicy::lotteryEntryDays, (b, v) -> b.lotteryEntryDays = v),
                whole("maxParty", BookingPolicy::maxParty, (b, v) -> b.maxParty = v));
    }

    /** The figures by name while settings are laid over a policy; built into a checked policy at the end. */
    private static final class Builder {
        int windowOpensMonthsBefore;
        LocalTime windowOpensAt;
        int priorityDays;
        int closesDaysBefore;
        int perFacilityPerDay;
        int perWeek;
        int hoursPerDay;
        int residentDiscountPercent;
        int seniorAge;
        int unpaidDays;
        int refundFullDays;
        int refundHighDays;
        int refundHighPercent;
        int refundLowDays;
        int refundLowPercent;
        Duration checkInEarly;
        Duration noShowAfter;
        int penaltiesForBan;
        int banDays;
        int penaltyMonths;
        int lotteryDrawDaysBefore;
        int lotteryEntryDays;
        int maxParty;

        Builder() {
        }

        Builder(BookingPolicy p) {
            windowOpensMonthsBefore = p.windowOpensMonthsBefore;
            windowOpensAt = p.windowOpensAt;
            priorityDays = p.priorityDays;
            closesDaysBefore = p.closesDaysBefore;
            perFacilityPerDay = p.perFacilityPerDay;
            perWeek = p.perWeek;
            hoursPerDay = p.hoursPerDay;
            residentDiscountPercent = p.residentDiscountPercent;
            seniorAge = p.seniorAge;
            unpaidDays = p.unpaidDays;
            refundFullDays = p.refundFullDays;
            refundHighDays = p.refundHighDays;
            refundHighPercent = p.refundHighPercent;
            refundLowDays = p.refundLowDays;
            refundLowPercent = p.refundLowPercent;
            checkInEarly = p.checkInEarly;
            noShowAfter = p.noShowAfter;
            penaltiesForBan = p.penaltiesForBan;
            banDays = p.banDays;
            penaltyMonths = p.penaltyMonths;
            lotteryDrawDaysBefore = p.lotteryDrawDaysBefore;
            lotteryEntryDays = p.lotteryEntryDays;
            maxParty = p.maxParty;
        }

        BookingPolicy build() {
            return new BookingPolicy(windowOpensMonthsBefore, windowOpensAt, priorityDays, closesDaysBefore, perFacilityPerDay, perWeek,
                    hoursPerDay, residentDiscountPercent, seniorAge, unpaidDays, refundFullDays, refundHighDays, refundHighPercent,
                    refundLowDays, refundLowPercent, checkInEarly, noShowAfter, penaltiesForBan, banDays, penaltyMonths,
                    lotteryDrawDaysBefore, lotteryEntryDays, maxParty);
        }
    }
}
