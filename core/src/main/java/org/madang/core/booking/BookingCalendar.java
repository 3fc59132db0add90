package org.madang.core.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.madang.core.Refusal;

/**
 * When the days of a facility can be booked (POLICIES.md): the window opens on the 1st of the
 * previous month at 09:00 for county residents, from the 4th for everyone, and closes the day
 * before; popular slots are first drawn by lottery. Plain time arithmetic, no storage.
 */
public final class BookingCalendar {
    /** Where a day stands for booking at a moment. */
    public sealed interface Phase {
        /** Not open yet; county residents may book from {@code residentsFrom}, everyone from {@code everyoneFrom}. */
        record NotYet(LocalDateTime residentsFrom, LocalDateTime everyoneFrom) implements Phase {
        }

        /** A popular day taking lottery entries until the draw. */
        record LotteryEntry(LocalDateTime drawAt, LocalDateTime firstComeFrom) implements Phase {
        }

        /** A popular day drawn already, waiting for its leftovers to go first-come. */
        record Drawn(LocalDateTime firstComeFrom) implements Phase {
        }

        /** Open: first come, first served; only county residents until {@code everyoneFrom} when {@code residentsOnly}. */
        record Open(boolean residentsOnly, LocalDateTime everyoneFrom) implements Phase {
        }

        /** Too late: booking closed the day before (or the day is past). */
        record Closed() implements Phase {
        }
    }

    private final BookingPolicy policy;

    public BookingCalendar(BookingPolicy policy) {
        this.policy = policy;
    }

    public BookingPolicy policy() {
        return policy;
    }

    /** When county residents may first book {@code day}. */
    public LocalDateTime residentsFrom(LocalDate day) {
        return day.withDayOfMonth(1).minusMonths(policy.windowOpensMonthsBefore()).atTime(policy.windowOpensAt());
    }

    /** When everyone may book {@code day}. */
    public LocalDateTime everyoneFrom(LocalDate day) {
        return residentsFrom(day).plusDays(policy.priorityDays());
    }

    /** When the popular slots of {@code day}'s month are drawn. */
    public LocalDateTime drawAt(LocalDate day) {
        return residentsFrom(day).minusDays(policy.lotteryDrawDaysBefore());
    }

    /** When lottery entries for {@code day} open. */
    public LocalDateTime entriesFrom(LocalDate day) {
        return drawAt(day).minusDays(policy.lotteryEntryDays());
    }

    /** The last calendar day on which {@code day} may be booked. */
    public LocalDate lastDayToBook(LocalDate day) {
        return day.minusDays(policy.closesDaysBefore());
    }

    /** The phase of {@code day} at {@code now}; {@code popular} days have a lottery before first-come. */
    public Phase phase(LocalDate day, boolean popular, LocalDateTime now) {
        if (now.toLocalDate().isAfter(lastDayToBook(day))) {
            return new Phase.Closed();
        }
        LocalDateTime residents = residentsFrom(day);
        LocalDateTime everyone = everyoneFrom(day);
        if (popular && !now.isBefore(entriesFrom(day)) && now.isBefore(drawAt(day))) {
            return new Phase.LotteryEntry(drawAt(day), residents);
        }
        if (popular && !now.isBefore(drawAt(day)) && now.isBefore(residents)) {
            return new Phase.Drawn(residents);
        }
        if (now.isBefore(residents)) {
            return new Phase.NotYet(residents, everyone);
        }
        return new Phase.Open(now.isBefore(everyone), everyone);
    }

    /** The last day whose window is open to anyone at {@code now} (the end of the calendar to show). */
    public LocalDate lastOpenDay(LocalDateTime now) {
        LocalDate month = now.toLocalDate().withDayOfMonth(1).plusMonths(policy.windowOpensMonthsBefore());
        LocalDate last = month.plusMonths(1).minusDays(1);
        return residentsFrom(last).isAfter(now) ? month.minusDays(1) : last;
    }

    /** The last day a calendar at {@code now} should show: the open window, or further while a lottery takes entries. */
    public LocalDate lastShownDay(LocalDateTime now) {
        LocalDate nextMonth = lastOpenDay(now).plusDays(1);
        return now.isBefore(entriesFrom(nextMonth)) ? lastOpenDay(now) : nextMonth.plusMonths(1).minusDays(1);
    }

    /** Why someone may not book {@code day} first-come at {@code now}; empty when they may. */
    public Optional<Refusal> firstComeRefusal(LocalDate day, boolean popular, boolean countyResident, LocalDateTime now) {
        Phase phase = phase(day, popular, now);
        if (phase instanceof Phase.Closed) {
            return Optional.of(Refusal.of("booking.refused.closed", lastDayToBook(day)));
        }
        if (phase instanceof Phase.NotYet notYet) {
            return Optional.of(countyResident
                    ? Refusal.of("booking.refused.notYet", notYet.residentsFrom())
                    : Refusal.of("booking.refused.notYetOthers", notYet.everyoneFrom(), notYet.residentsFrom()));
        }
        if (phase instanceof Phase.LotteryEntry entry) {
            return Optional.of(Refusal.of("booking.refused.lotteryOnly", entry.drawAt(), entry.firstComeFrom()));
        }
        if (phase instanceof Phase.Drawn drawn) {
            return Optional.of(Refusal.of("booking.refused.drawn", drawn.firstComeFrom()));
        }
        if (phase instanceof Phase.Open open && open.residentsOnly() && !countyResident) {
            return Optional.of(Refusal.of("booking.refused.residentsFirst", open.everyoneFrom()));
        }
        return Optional.empty();
    }

    /** Percentage of a paid fee refunded when cancelling on {@code today} a booking for {@code day}. */
    public int refundPercent(LocalDate day, LocalDate today) {
        long before = ChronoUnit.DAYS.between(today, day);
        if (before >= policy.refundFullDays()) {
            return 100;
        }
        if (before >= policy.refundHighDays()) {
            return policy.refundHighPercent();
        }
        if (before >= policy.refundLowDays()) {
            return policy.refundLowPercent();
        }
        return 0;
    }

    /** The earliest moment a booking starting at {@code start} may be checked in. */
    public LocalDateTime checkInFrom(LocalDateTime start) {
        return start.minus(policy.checkInEarly());
    }

    /** The moment a booking starting at {@code start} and not checked in counts as a no-show. */
    public LocalDateTime noShowAt(LocalDateTime start) {
        return start.plus(policy.noShowAfter());
    }
}
