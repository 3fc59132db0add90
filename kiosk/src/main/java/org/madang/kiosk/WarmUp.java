package org.madang.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.madang.core.booking.BookingService;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.FacilityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's warm-up, after its first frame: the reads its busiest screens make (the categories,
 * a facility's month, its calendar, a day's times, one time), done over every facility in turn on
 * one thread of the lowest priority, so that the first residents of the morning meet the figures
 * of a kiosk that has been running (a fresh JVM interprets, then compiles, the database's paths).
 * It only reads, and it gives way: it stops for good when a visit starts ({@code idle} turns false),
 * after its rounds or its time, and a round in progress is one facility's reads.
 */
public final class WarmUp implements AutoCloseable {
    /**
     * Enough rounds for the just-in-time compiler to have compiled the database's paths (madang bench
     * kiosk --cold: more change nothing), and a time limit on a slow machine; one core at most, idle time only.
     */
    public static final int ROUNDS = 3_000;
    public static final Duration TIME = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final FacilityStore facilities;
    private final BookingService bookings;
    private final Clock clock;
    private final BooleanSupplier idle;
    private final Duration time;
    private final int most;
    private volatile boolean stopped;
    private volatile int rounds;
    private Thread thread;

    /** @param most the rounds to do at most; {@code time} the longest it goes on */
    public WarmUp(FacilityStore facilities, BookingService bookings, Clock clock, BooleanSupplier idle, int most, Duration time) {
        this.facilities = facilities;
        this.bookings = bookings;
        this.clock = clock;
        this.idle = idle;
        this.time = time;
        this.most = most;
    }

    /** For the kiosk: its services, {@link #ROUNDS} rounds within {@link #TIME}, while {@code idle}. */
    public static WarmUp of(KioskServices services, BooleanSupplier idle) {
        return new WarmUp(services.facilities(), services.bookings(), services.clock(), idle, ROUNDS, TIME);
    }

    /** Starts warming up on a thread of its own; returns at once. */
    public WarmUp start() {
        thread = new Thread(this::run, "madang-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return this;
    }

    /** Warms up on this thread until its rounds are done, its time is over or the kiosk is in use; the rounds done. */
    public int run() {
        long until = System.nanoTime() + time.toNanos();
        try {
            List<Facility> all = facilities.all();
            int i = 0;
            while (!all.isEmpty() && i < most && !stopped && idle.getAsBoolean() && System.nanoTime() < until) {
                round(all.get(i % all.size()), i);
                i++;
                rounds = i;
            }
        } catch (RuntimeException e) {
            // a warm-up is never worth a failure: the kiosk works cold
            log.warn("the kiosk's warm-up stopped early", e);
        }
        return rounds;
    }

    /** One facility's reads, as its screens make them: the category list, the month, the calendar, a day, one time. */
    private void round(Facility f, int i) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        FacilityCategory category = f.category();
        facilities.categoryCounts();
        facilities.inCategory(category);
        facilities.availability(f.id(), today, today.plusDays(30), now);
        bookings.calendar(f, now);
        facilities.slots(f.id(), today.plusDays(1 + i % 30), now).stream().findFirst().ifPresent(s -> facilities.slot(s.id()));
    }

    /** The rounds done so far. */
    public int rounds() {
        return rounds;
    }

    /** Waits for the warm-up to end (its time, a visit, or {@link #close}). */
    public void join() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }

    @Override
    public void close() {
        stopped = true;
    }
}
