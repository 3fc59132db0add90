package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.county.CentreCache;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;
import org.madang.core.testing.TestSite;

/**
 * The centre's desks through a broken link to the county (SCALE.md, issue 22): they go on
 * calling, starting and finishing tickets — the county's and those the kiosk took offline — in
 * the centre's cache; when the county answers, each act reaches it in order at its own time with
 * its event, and an act the county cannot honour (another desk had the ticket) is refused and
 * counted, nothing else lost. The county is H2 in core's first run and PostgreSQL in its second.
 */
class OfflineCounterTest {
    private final Path root = TestSite.tempRoot();
    private final TestSite county = TestSite.empty(root).staff("clerk1", "clerk2");
    private final TestSite otherCounter = TestSite.open(root, new Terminal("counter-9", county.terminal.site()));
    private final SiteDatabase cacheDb = SiteDatabase.open(SiteDatabase.fileUrl(TestSite.tempRoot().resolve("cache")), "madang", "cache");
    private final CentreCache cache;
    private boolean down;
    private final TicketQueue kiosk;
    private final CounterQueue desks;
    /** The centre's cache as its terminals find it: the county down while {@link #down}. */
    private final TicketQueue.Offline way;
    private final CounterQueue.Desk desk = new CounterQueue.Desk("counter-1", 1, List.of(1L));

    OfflineCounterTest() throws SQLException {
        county.execute("INSERT INTO queue_service (id, code, prefix, name_ko, name_en, minutes_per_ticket) VALUES "
                + "(1, 'civil', 'A', '민원 업무', 'Civil affairs', 5)");
        cacheDb.migrate();
        CentreCache.prepare(cacheDb.dataSource());
        cache = new CentreCache(county.database.dataSource(), cacheDb.dataSource(), county.clock);
        cache.follow();
        way = new TicketQueue.Offline() {
            @Override
            public boolean countyDown() {
                return down;
            }

            @Override
            public Jdbi cache() {
                return cacheDb.jdbi();
            }
        };
        kiosk = county.queue().offline(way);
        desks = county.counterQueue().offline(way);
    }

    @AfterEach
    void close() {
        cacheDb.close();
        otherCounter.close();
        county.close();
    }

    private Ticket called(CounterQueue queue, CounterQueue.Desk at) {
        CallOutcome outcome = queue.callNext(at, "clerk1");
        assertThat(outcome).isInstanceOf(CallOutcome.Called.class);
        return ((CallOutcome.Called) outcome).ticket();
    }

    private String inCounty(String column, String label) {
        int number = Integer.parseInt(label.substring(1));
        return county.database.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM queue_ticket WHERE number = :n")
                .bind("n", number).mapTo(String.class).one());
    }

    @Test
    void theDesksGoOnCallingFromTheCacheAndEveryActReachesTheCountyAtItsOwnTime() throws SQLException {
        Ticket first = kiosk.take(1, null).ticket();
        cache.follow();
        long eventsBefore = county.events().latestId();

        down = true;
        assertThat(desks.onCache()).isTrue();
        county.clock.advance(Duration.ofMinutes(1));
        Ticket offline = kiosk.take(1, null).ticket();
        assertThat(offline.id()).as("taken in the cache").isNegative();
        assertThat(desks.waiting(desk)).extracting(Ticket::label).containsExactly(first.label(), offline.label());

        LocalDateTime calledAt = LocalDateTime.now(county.clock);
        assertThat(called(desks, desk).label()).isEqualTo(first.label());
        assertThat(desks.current(desk)).map(Ticket::label).contains(first.label());
        county.clock.advance(Duration.ofMinutes(4));
        assertThat(desks.start(first.id(), desk, "clerk1")).isEmpty();
        county.clock.advance(Duration.ofMinutes(3));
        LocalDateTime finishedAt = LocalDateTime.now(county.clock);
        assertThat(desks.finish(first.id(), TicketOutcome.SERVED, desk, "clerk1")).isEmpty();
        Ticket second = called(desks, desk);
        assertThat(second.label()).isEqualTo(offline.label());
        assertThat(desks.recall(second.id(), desk, "clerk1")).isEmpty();
        assertThat(desks.noShow(second.id(), desk, "clerk1")).isEmpty();
        assertThat(desks.callNext(desk, "clerk1")).isInstanceOf(CallOutcome.NobodyWaiting.class);

        assertThat(county.events().latestId()).as("nothing written to the county").isEqualTo(eventsBefore);
        assertThat(inCounty("status", first.label())).isEqualTo("WAITING");
        // another terminal of the centre following the county meanwhile leaves the desk's tickets as the desk left them
        cache.follow();
        assertThat(desks.waiting(desk)).isEmpty();

        down = false;
        assertThat(desks.onCache()).isFalse();
        for (Ticket t : kiosk.takenHere()) {
            assertThat(kiosk.sendTaken(t)).isPresent();
        }
        assertThat(desks.sendActed()).isEqualTo(new CounterQueue.Sent(6, 0, 0));
        assertThat(desks.sendActed()).as("sent once").isEqualTo(new CounterQueue.Sent(0, 0, 0));

        assertThat(inCounty("status", first.label())).isEqualTo("DONE");
        List<LocalDateTime> times = county.database.jdbi().withHandle(h -> h.createQuery("SELECT called_at, finished_at FROM queue_ticket "
                + "WHERE number = :n").bind("n", first.number())
                .map((rs, ctx) -> List.of(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class))).one());
        assertThat(times).containsExactly(calledAt, finishedAt);
        assertThat(inCounty("status", offline.label())).isEqualTo("NO_SHOW");
        assertThat(inCounty("counter_id", offline.label())).isEqualTo("counter-1");
        assertThat(county.count("SELECT COUNT(*) FROM event_log WHERE type IN ('TicketCalled', 'TicketStarted', 'TicketFinished', "
                + "'TicketRecalled') AND payload LIKE '%actedWhileOffline%' AND actor = 'clerk:clerk1'")).isEqualTo(6);
        assertThat(county.count("SELECT COUNT(*) FROM queue_call")).isEqualTo(2);
        assertThat(county.events().verify().intact()).isTrue();
        int cachedCalls = cacheDb.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM queue_call").mapTo(Integer.class).one());
        assertThat(cachedCalls).isZero();

        cache.follow();
        assertThat(desks.current(desk)).isEmpty();
        assertThat(desks.waiting(desk)).isEmpty();
    }

    /** Every terminal of the centre sharing the cache sends what it finds when the county answers: each act reaches it once. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void twoTerminalsSendingTheActsAtOnceGiveEachOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            kiosk.take(1, null);
            county.clock.advance(Duration.ofSeconds(30));
        }
        cache.follow();
        down = true;
        for (int i = 0; i < 6; i++) {
            Ticket t = called(desks, desk);
            assertThat(desks.recall(t.id(), desk, "clerk1")).isEmpty();
            assertThat(desks.finish(t.id(), TicketOutcome.SERVED, desk, "clerk1")).isEmpty();
        }
        down = false;
        CounterQueue other = otherCounter.counterQueue().offline(way);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(desks::sendActed);
            var second = two.submit(other::sendActed);
            CounterQueue.Sent a = first.get();
            CounterQueue.Sent b = second.get();
            assertThat(a.held() + b.held()).isEqualTo(18);
            assertThat(a.refused() + b.refused()).isZero();
        } finally {
            two.shutdownNow();
        }
        assertThat(county.count("SELECT COUNT(*) FROM event_log WHERE type = 'TicketRecalled'")).isEqualTo(6);
        assertThat(county.count("SELECT COUNT(*) FROM queue_ticket WHERE recalls = 1 AND status = 'DONE'")).isEqualTo(6);
        assertThat(county.events().verify().intact()).isTrue();
    }

    @Test
    void aTicketAnotherDeskCalledAtTheCountyMeanwhileIsRefusedAndCountedNotCalledTwice() throws SQLException {
        Ticket ticket = kiosk.take(1, null).ticket();
        cache.follow();

        down = true;
        assertThat(called(desks, desk).label()).isEqualTo(ticket.label());
        assertThat(desks.start(ticket.id(), desk, "clerk1")).isEmpty();
        // a desk of the centre that still reaches the county called the same ticket meanwhile
        CounterQueue.Desk reaching = new CounterQueue.Desk("counter-9", 2, List.of(1L));
        assertThat(called(otherCounter.counterQueue(), reaching).label()).isEqualTo(ticket.label());

        down = false;
        assertThat(desks.sendActed()).isEqualTo(new CounterQueue.Sent(0, 2, 0));
        assertThat(inCounty("counter_id", ticket.label())).isEqualTo("counter-9");
        assertThat(inCounty("status", ticket.label())).isEqualTo("CALLED");
        assertThat(county.count("SELECT COUNT(*) FROM event_log WHERE type = 'TicketCalled'")).isEqualTo(1);
        assertThat(county.events().verify().intact()).isTrue();
    }
}
