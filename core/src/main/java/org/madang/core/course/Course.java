package org.madang.core.course;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * A course of the lifelong-learning academy: weekly sessions from {@code startsOn}, on
 * {@code weekday} at {@code startTime}, {@code minutes} long.
 *
 * @param weekday    1 = Monday … 7 = Sunday
 * @param status     RECRUITING, RUNNING, FINISHED or CLOSED (too few enrolled)
 * @param enrolFrom  when enrolment opens (empty: open while recruiting)
 * @param enrolUntil when enrolment closes and a lottery is drawn (empty: the day before the start)
 * @param enrolled   seats taken
 */
public record Course(long id, String code, Localized title, String category, String ageGroup, String term, LocalDate startsOn,
                     LocalDate endsOn, int weekday, LocalTime startTime, int minutes, int capacity, int fee, String instructor,
                     String status, boolean residentsOnly, boolean lottery, Localized place, Localized summary,
                     Optional<LocalDateTime> enrolFrom, Optional<LocalDateTime> enrolUntil, int sessions, int enrolled) {

    public int seatsLeft() {
        return Math.max(0, capacity - enrolled);
    }

    public DayOfWeek day() {
        return DayOfWeek.of(weekday);
    }

    /** When session {@code n} (from 1) begins: weekly from the first {@link #day()} on or after the start date. */
    public LocalDateTime sessionStart(int n) {
        LocalDate first = startsOn.with(TemporalAdjusters.nextOrSame(day()));
        return first.plusWeeks(n - 1L).atTime(startTime);
    }

    public LocalDateTime firstSessionStart() {
        return sessionStart(1);
    }

    public long totalMinutes() {
        return (long) sessions * minutes;
    }

    /** Learning time passed at {@code now}: whole sessions held, and the running part of one under way. */
    public long minutesPassed(LocalDateTime now) {
        long passed = 0;
        for (int n = 1; n <= sessions; n++) {
            LocalDateTime start = sessionStart(n);
            if (!now.isAfter(start)) {
                break;
            }
            passed += Math.min(minutes, Duration.between(start, now).toMinutes());
        }
        return passed;
    }

    /** The session under way or about to begin at {@code now} (for check-in), by number; empty on other days. */
    public Optional<Integer> sessionOn(LocalDate day) {
        for (int n = 1; n <= sessions; n++) {
            if (sessionStart(n).toLocalDate().equals(day)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** When enrolment closes: the set time, else the end of the day before the first session. */
    public LocalDateTime enrolmentCloses() {
        return enrolUntil.orElse(firstSessionStart().toLocalDate().atStartOfDay());
    }

    /** Whether enrolment is open at {@code now}. */
    public boolean enrolmentOpen(LocalDateTime now) {
        return "RECRUITING".equals(status) && enrolFrom.map(f -> !now.isBefore(f)).orElse(true) && now.isBefore(enrolmentCloses());
    }
}
