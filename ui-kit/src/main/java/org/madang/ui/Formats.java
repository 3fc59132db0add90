package org.madang.ui;

import org.madang.ui.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.madang.core.facility.Facility;

/**
 * How every screen — kiosk and counter — writes dates, times, numbers and money in its language:
 * one place, so a fee reads the same on the kiosk, the counter's table and its receipt line.
 * The kiosk writes a resident's day in words ({@link #date}); the counter's tables use the
 * compact, sortable forms ({@link #day}, {@link #stamp}, {@link #shortStamp}).
 */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT_STAMP = DateTimeFormatter.ofPattern("M/d HH:mm");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("M/d");
    private final Messages words;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayShort;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter weekdayTime;
    private final DateTimeFormatter weekdayOnlyTime;

    public Formats(Messages words) {
        this.words = words;
        this.date = DateTimeFormatter.ofPattern(words.get("format.date"), words.locale());
        this.dayShort = DateTimeFormatter.ofPattern(words.get("format.dayShort"), words.locale());
        this.weekday = DateTimeFormatter.ofPattern("M/d (E)", words.locale());
        this.weekdayTime = DateTimeFormatter.ofPattern("M/d (E) HH:mm", words.locale());
        this.weekdayOnlyTime = DateTimeFormatter.ofPattern("E HH:mm", words.locale());
    }

    /** A resident's day in words, e.g. "12월 2일 (수)" or "Wed, 2 Dec". */
    public String date(LocalDate day) {
        return day.format(date);
    }

    /** A resident's day in short words, e.g. "12월 2일" or "2 Dec". */
    public String dayShort(LocalDate day) {
        return day.format(dayShort);
    }

    /** A day in a table, sortable: "2026-12-02". */
    public String day(TemporalAccessor day) {
        return DAY.format(day);
    }

    /** A day short, this year's: "12/2". */
    public String shortDay(TemporalAccessor day) {
        return SHORT_DAY.format(day);
    }

    /** A day in a list: "12/2" in {@code today}'s year, "2025-11-21" before. */
    public String dayInList(LocalDate d, LocalDate today) {
        return d.getYear() == today.getYear() ? shortDay(d) : day(d);
    }

    /** A moment in a list: "12/2 14:05" in {@code today}'s year, "2025-11-21 14:05" before. */
    public String stampInList(LocalDateTime t, LocalDate today) {
        return t.getYear() == today.getYear() ? shortStamp(t) : stamp(t);
    }

    /** A day with its weekday, short: "12/2 (수)". */
    public String weekday(TemporalAccessor day) {
        return weekday.format(day);
    }

    /** A day with its weekday and time: "12/2 (수) 14:00". */
    public String weekdayTime(LocalDateTime at) {
        return at.format(weekdayTime);
    }

    /** A weekly time: "수 14:00". */
    public String weeklyTime(LocalDateTime at) {
        return at.format(weekdayOnlyTime);
    }

    /** A moment in a table, sortable: "2026-12-02 14:05". */
    public String stamp(LocalDateTime at) {
        return at.format(STAMP);
    }

    /** A moment of these days: "12/2 14:05". */
    public String shortStamp(LocalDateTime at) {
        return at.format(SHORT_STAMP);
    }

    /** A time of day: "14:05". */
    public String time(TemporalAccessor at) {
        return TIME.format(at);
    }

    /** A time of day to the second, for "updated at": "14:05:09". */
    public String seconds(TemporalAccessor at) {
        return SECONDS.format(at);
    }

    /** A time slot: "14:00 – 16:00", or "22:00 – 01:00 the next day". */
    public String period(LocalDateTime from, LocalDateTime to) {
        String end = to.toLocalDate().equals(from.toLocalDate()) ? to.format(TIME) : words.get("booking.nextDay", to.format(TIME));
        return from.format(TIME) + " – " + end;
    }

    /** A whole number with the language's grouping: "12,000". */
    public String number(long n) {
        return String.format(words.locale(), "%,d", n);
    }

    /** An amount of won: "12,000원" (also for 0, e.g. a refund of nothing). */
    public String won(long won) {
        return words.get("money.won", number(won));
    }

    /** A fee: "무료" when there is none, else {@link #won}. */
    public String money(long won) {
        return won == 0 ? words.get("booking.fee.free") : won(won);
    }

    /** A facility's fee as the kiosk tells it: free, per person or per slot. */
    public String fee(Facility f) {
        if (f.fee() == 0) {
            return words.get("booking.fee.free");
        }
        return words.get(f.perSeat() ? "booking.fee.perPerson" : "booking.fee.perSlot", money(f.fee()));
    }
}
