package org.madang.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingSweeper;
import org.madang.core.course.CourseSweeper;
import org.madang.core.facility.SlotPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every terminal does in the background once a minute: plan slots to the end of the
 * booking window, then sweep (draws, unpaid cancellations, no-shows; course draws, closing,
 * starting and finishing); and every ten minutes keep the event chain's head in
 * {@code logs/chain-checkpoints.log}, outside the database. A failed round is logged
 * and the next one tries again; nothing here touches a screen.
 */
final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final SlotPlanner planner;
    private final BookingSweeper sweeper;
    private final CourseSweeper courses;
    /** The booking calendar as the rules stand at each round. */
    private final java.util.function.Supplier<BookingCalendar> calendar;
    private final Clock clock;
    /** The chain's head, kept where the site's logs are; none in tests that keep no checkpoints. */
    private final java.util.function.Supplier<org.madang.core.event.ChainCheckpoint> head;
    private final java.nio.file.Path logs;
    private java.time.Instant lastCheckpoint = java.time.Instant.EPOCH;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housekeeping");
        t.setDaemon(true);
        return t;
    });

    Housekeeping(SlotPlanner planner, BookingSweeper sweeper, CourseSweeper courses, java.util.function.Supplier<BookingCalendar> calendar,
                 Clock clock, java.util.function.Supplier<org.madang.core.event.ChainCheckpoint> head, java.nio.file.Path logs) {
        this.planner = planner;
        this.sweeper = sweeper;
        this.courses = courses;
        this.calendar = calendar;
        this.clock = clock;
        this.head = head;
        this.logs = logs;
    }

    static Housekeeping of(SiteRuntime site) {
        var events = site.events();
        return new Housekeeping(site.slotPlanner(events), site.sweeper(events), site.courseSweeper(events), site.rules()::calendar,
                site.clock, events::head, site.dir.logs());
    }

    /**
     * Housekeeping for a terminal whose first moments belong to its screen (the kiosk): made on its
     * own thread, its first round {@code after} the start, then every minute. Closing stops it.
     */
    static AutoCloseable startAfter(SiteRuntime site, java.time.Duration after) {
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping-start");
            t.setDaemon(true);
            return t;
        });
        Housekeeping[] started = new Housekeeping[1];
        later.schedule(() -> {
            try {
                started[0] = of(site).start();
            } catch (RuntimeException e) {
                log.warn("housekeeping could not start; the booking window is not planned ahead by this terminal", e);
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            later.shutdownNow();
            later.awaitTermination(10, TimeUnit.SECONDS);
            if (started[0] != null) {
                started[0].close();
            }
        };
    }

    /** Starts the rounds: the first at once, then every minute. */
    Housekeeping start() {
        timer.scheduleWithFixedDelay(this::round, 0, 1, TimeUnit.MINUTES);
        return this;
    }

    /** Whether the last round failed (its failure logged once). */
    private boolean failing;

    /** One round; public to the package so commands and tests can run it without waiting. */
    void round() {
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            int planned = planner.planUntil(LocalDate.now(clock), calendar.get().lastShownDay(now));
            if (planned > 0) {
                log.info("planned {} new slots", planned);
            }
            sweeper.sweep();
            CourseSweeper.Swept swept = courses.sweep();
            if (!swept.equals(new CourseSweeper.Swept(0, 0, 0, 0))) {
                log.info("courses: {}", swept);
            }
            if (!clock.instant().isBefore(lastCheckpoint.plus(java.time.Duration.ofMinutes(10)))) {
                lastCheckpoint = clock.instant();
                head.get().keep(logs);
            }
            if (failing) {
                failing = false;
                log.info("housekeeping works again");
            }
        } catch (RuntimeException | java.io.IOException e) {
            // said once with its cause (a county that does not answer fails every round until it is back), then quietly
            if (!failing) {
                failing = true;
                log.error("housekeeping round failed; trying again every minute", e);
            } else {
                log.debug("housekeeping round failed again: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
