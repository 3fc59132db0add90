package org.madang.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.madang.core.county.CentreCache;
import org.madang.core.county.CountyLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal of a county watching its link to the county's PostgreSQL (SCALE.md): every
 * {@link #EVERY} it follows the county's event log into the centre's cache (or, without a cache,
 * asks the county a one-line question), and tells the {@link CountyLink} whether the county
 * answered. The kiosk pauses and reopens its county services on the link's changes; the counter
 * shows them. A change is logged once, not every round.
 */
final class CountyWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CountyWatch.class);
    /** How often the county is asked: a change at another centre reaches this centre's screens within about this (≤ 2 s, issue 22). */
    static final Duration EVERY = Duration.ofSeconds(1);

    private final SiteRuntime site;
    private final Optional<CentreCache> cache;
    /** Whether the last round's failure was the cache's (logged once). */
    private boolean cacheFailing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "county-watch");
        t.setDaemon(true);
        return t;
    });

    private CountyWatch(SiteRuntime site) {
        this.site = site;
        this.cache = site.cache();
        site.link.listen(state -> {
            if (state.up()) {
                log.info("the county's database answers again");
            } else {
                log.warn("the county's database does not answer: {}", state.problem());
            }
        });
    }

    /** Watches the link of a terminal on a county's PostgreSQL, every {@code every}; a site on H2 has none to watch. */
    static AutoCloseable start(SiteRuntime site, Duration every) {
        if (!site.config.database().postgres()) {
            return () -> { };
        }
        CountyWatch watch = new CountyWatch(site);
        watch.timer.scheduleWithFixedDelay(watch::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** One round: the cache caught up (or the county asked), the link told what happened. */
    void round() {
        try {
            site.checkCountyOnce();
        } catch (RuntimeException e) {
            // not answering, or not this terminal's county (its checks): nothing is written there until they pass
            site.link.lost(SiteRuntime.rootMessage(e).strip());
            return;
        }
        try {
            if (cache.isPresent()) {
                sendCheckIns(cache.get());
                sendTickets();
                sendActed();
                CentreCache.Followed followed = cache.get().follow();
                if (followed.whole() || followed.events() > 100) {
                    log.info("the centre's cache caught up: {} events, {} rows copied{}", followed.events(), followed.rows(),
                            followed.whole() ? " (loaded whole)" : "");
                }
            } else {
                askCounty();
            }
            site.link.heard();
            cacheFailing = false;
        } catch (java.sql.SQLException | RuntimeException e) {
            if (cache.isPresent() && countyAnswers()) {
                // the centre's cache failed, not the county: the county's services stay open
                if (!cacheFailing) {
                    cacheFailing = true;
                    log.warn("the centre's cache could not follow the county (the county answers): {}", SiteRuntime.rootMessage(e).strip());
                }
                site.link.heard();
                return;
            }
            site.link.lost(SiteRuntime.rootMessage(e).strip());
        }
    }

    /** A one-line question to the county; throws when it does not answer. */
    private void askCounty() {
        site.database.jdbi().useHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /** Whether the county answers a one-line question now. */
    private boolean countyAnswers() {
        try {
            askCounty();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The check-ins taken here while the county did not answer, given to it now (before the cache copies those bookings again). */
    private void sendCheckIns(CentreCache cache) throws java.sql.SQLException {
        java.util.Map<Long, java.time.LocalDateTime> waiting = cache.checkInsToSend();
        if (waiting.isEmpty()) {
            return;
        }
        org.madang.core.booking.CheckIns checkIns = site.checkIns(site.events());
        int taken = 0;
        for (java.util.Map.Entry<Long, java.time.LocalDateTime> w : waiting.entrySet()) {
            if (checkIns.sendTaken(w.getKey(), w.getValue())) {
                taken++;
            }
            cache.sent(w.getKey());
        }
        log.info("sent {} check-ins taken while the county did not answer ({} checked in, the rest cancelled or checked in meanwhile)",
                waiting.size(), taken);
    }

    /** The queue tickets taken here while the county did not answer, given to it now in the order taken. */
    private void sendTickets() {
        org.madang.core.queue.TicketQueue queue = site.queue(site.events());
        java.util.List<org.madang.core.queue.Ticket> waiting = queue.takenHere();
        if (waiting.isEmpty()) {
            return;
        }
        int renumbered = 0;
        for (org.madang.core.queue.Ticket taken : waiting) {
            if (queue.sendTaken(taken).filter(sent -> sent.number() != taken.number()).isPresent()) {
                renumbered++;
            }
        }
        log.info("sent {} queue tickets taken while the county did not answer ({} given another number: the county had theirs)",
                waiting.size(), renumbered);
    }

    /** What the centre's desks did to its queue while the county did not answer, given to it now in the order done. */
    private void sendActed() {
        org.madang.core.queue.CounterQueue.Sent sent = site.counterQueue(site.events()).sendActed();
        if (sent.held() + sent.refused() > 0) {
            log.info("sent {} calls and other acts of the desks taken while the county did not answer ({} refused: another desk had "
                    + "the ticket meanwhile){}", sent.held() + sent.refused(), sent.refused(),
                    sent.waiting() > 0 ? "; " + sent.waiting() + " wait for their tickets to reach the county" : "");
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
