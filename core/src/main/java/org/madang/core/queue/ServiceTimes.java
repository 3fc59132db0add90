package org.madang.core.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * How long a ticket of each service takes today, measured from the tickets counters finished
 * (called → done), and how many desks are calling that service now; a service with fewer than
 * {@link #MIN_SAMPLES} finished tickets today takes the catalogue's figure.
 */
final class ServiceTimes {
    /** Finished tickets a day's own figure needs before it replaces the catalogue's. */
    static final int MIN_SAMPLES = 3;
    /** A desk that called a ticket of the service within this time counts as serving it. */
    static final Duration DESK_ACTIVE = Duration.ofMinutes(60);

    private record Measured(double minutes, int samples) {
    }

    private final Map<Long, Measured> measured = new HashMap<>();
    private final Map<Long, Set<String>> desks = new HashMap<>();

    private ServiceTimes() {
    }

    /** Today's measured times at one centre ({@code site}). */
    static ServiceTimes today(Handle h, LocalDateTime now, String site) {
        ServiceTimes times = new ServiceTimes();
        LocalDate day = now.toLocalDate();
        Map<Long, double[]> sums = new HashMap<>();
        h.createQuery("SELECT COALESCE(serve_service_id, service_id), called_at, finished_at, counter_id, status FROM queue_ticket "
                        + "WHERE site = :site AND ticket_day = :d AND called_at IS NOT NULL")
                .bind("site", site).bind("d", day)
                .map((rs, ctx) -> {
                    long line = rs.getLong(1);
                    LocalDateTime called = rs.getObject(2, LocalDateTime.class);
                    LocalDateTime finished = rs.getObject(3, LocalDateTime.class);
                    if ("DONE".equals(rs.getString(5)) && finished != null && finished.isAfter(called)) {
                        double[] sum = sums.computeIfAbsent(line, k -> new double[2]);
                        sum[0] += Duration.between(called, finished).toSeconds() / 60.0;
                        sum[1]++;
                    }
                    if (rs.getString(4) != null && !called.isBefore(now.minus(DESK_ACTIVE))) {
                        times.desks.computeIfAbsent(line, k -> new HashSet<>()).add(rs.getString(4));
                    }
                    return line;
                }).list();
        sums.forEach((line, sum) -> times.measured.put(line, new Measured(sum[0] / sum[1], (int) sum[1])));
        return times;
    }

    /** Minutes one ticket of the service takes: today's average once there are enough, else the catalogue's. */
    double minutesPerTicket(QueueLine line) {
        Measured m = measured.get(line.id());
        return m != null && m.samples() >= MIN_SAMPLES ? m.minutes() : line.minutesPerTicket();
    }

    /** The likely wait of someone with {@code ahead} tickets before them, shared among the desks serving now. */
    int estimateMinutes(QueueLine line, int ahead) {
        int serving = Math.max(1, desks.getOrDefault(line.id(), Set.of()).size());
        return (int) Math.round(ahead * minutesPerTicket(line) / serving);
    }
}
