package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.county.CentreCache;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;
import org.madang.core.testing.TestSite;

/**
 * Queue tickets through a broken link to the county (SCALE.md, issue 22 item 4): a centre's
 * kiosk numbers them in the centre's cache after the day's last ticket it knows, and gives them
 * to the county when it answers — the number printed, the time taken, once. The county is H2 in
 * core's first run and PostgreSQL in its second; the cache is always H2.
 */
class OfflineTicketsTest {
    private final Path root = TestSite.tempRoot();
    private final TestSite county = TestSite.seeded(root);
    private final TestSite otherKiosk = TestSite.open(root, new Terminal("kiosk-2", county.terminal.site()));
    private final SiteDatabase cacheDb = SiteDatabase.open(SiteDatabase.fileUrl(TestSite.tempRoot().resolve("cache")), "madang", "cache");
    private final CentreCache cache;
    private boolean down;
    private final java.util.concurrent.atomic.AtomicInteger caughtUp = new java.util.concurrent.atomic.AtomicInteger();
    private final TicketQueue queue;

    OfflineTicketsTest() throws SQLException {
        cacheDb.migrate();
        CentreCache.prepare(cacheDb.dataSource());
        cache = new CentreCache(county.database.dataSource(), cacheDb.dataSource(), county.clock);
        queue = county.queue().offline(way(() -> down, cacheDb.jdbi(), caughtUp::incrementAndGet));
    }

    @AfterEach
    void close() {
        cacheDb.close();
        otherKiosk.close();
        county.close();
    }

    private static TicketQueue.Offline way(java.util.function.BooleanSupplier down, Jdbi cacheJdbi) {
        return way(down, cacheJdbi, () -> 0);
    }

    private static TicketQueue.Offline way(java.util.function.BooleanSupplier down, Jdbi cacheJdbi, java.util.function.IntSupplier taken) {
        return new TicketQueue.Offline() {
            @Override
            public void takenAtCounty() {
                taken.getAsInt();
            }

            @Override
            public boolean countyDown() {
                return down.getAsBoolean();
            }

            @Override
            public Jdbi cache() {
                return cacheJdbi;
            }
        };
    }

    private long civil() {
        return county.queue().lineByCode("civil").orElseThrow().id();
    }

    private long inCounty(String where) {
        return county.count("SELECT COUNT(*) FROM queue_ticket WHERE " + where);
    }

    @Test
    void aTicketTakenWhileTheCountyDoesNotAnswerKeepsItsNumberAndPlaceAndReachesTheCountyOnce() throws SQLException {
        IssuedTicket first = queue.take(civil(), null);
        assertThat(first.ticket().id()).as("taken at the county while it answers").isPositive();
        assertThat(caughtUp).as("the cache told to catch up at once").hasValue(1);
        cache.follow();
        int waitingBefore = waiting(queue.status());
        long countyTickets = inCounty("1 = 1");

        down = true;
        IssuedTicket second = queue.take(civil(), null);
        IssuedTicket third = queue.take(civil(), PriorityReason.SENIOR);

        assertThat(second.ticket().number()).isEqualTo(first.ticket().number() + 1);
        assertThat(third.ticket().number()).isEqualTo(first.ticket().number() + 2);
        assertThat(second.ticket().id()).isNegative();
        assertThat(second.ahead()).as("everyone waiting at the centre, as the cache knows it").isEqualTo(first.ahead() + 1);
        assertThat(waiting(queue.status())).as("the kiosk's list counts them").isEqualTo(waitingBefore + 2);
        assertThat(inCounty("1 = 1")).as("nothing reached the county").isEqualTo(countyTickets);
        assertThat(queue.takenHere()).extracting(Ticket::label).containsExactly(second.ticket().label(), third.ticket().label());
        // the follower running meanwhile (another terminal of the centre reaches the county) leaves them alone
        cache.follow();
        assertThat(queue.takenHere()).hasSize(2);

        down = false;
        List<Ticket> kept = queue.takenHere();
        for (Ticket t : kept) {
            assertThat(queue.sendTaken(t)).isPresent();
        }

        assertThat(queue.takenHere()).isEmpty();
        assertThat(inCounty("number = " + second.ticket().number() + " AND issued_at IS NOT NULL AND terminal_id = '"
                + county.terminal.id() + "' AND request_id IS NOT NULL")).isEqualTo(1);
        assertThat(inCounty("number = " + third.ticket().number() + " AND priority_reason = 'SENIOR'")).isEqualTo(1);
        assertThat(county.count("SELECT COUNT(*) FROM event_log WHERE type = 'TicketIssued' AND payload LIKE '%takenWhileOffline%' "
                + "AND payload NOT LIKE '%printedAs%'")).isEqualTo(2);
        assertThat(county.events().verify().intact()).isTrue();
        // given again (the cache's forgetting lost, or another terminal sending at once): nothing is made twice
        assertThat(queue.sendTaken(kept.get(0))).isEmpty();
        assertThat(inCounty("1 = 1")).isEqualTo(countyTickets + 2);

        cache.follow();
        assertThat(waiting(queue.status())).isEqualTo(waitingBefore + 2);
        int copied = cacheDb.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM queue_ticket WHERE number IN (:a, :b) AND id > 0 "
                        + "AND service_id = :s AND ticket_day = :d").bind("s", civil()).bind("d", first.ticket().day())
                .bind("a", second.ticket().number()).bind("b", third.ticket().number()).mapTo(Integer.class).one());
        assertThat(copied).as("the county's rows in the cache after the next follow").isEqualTo(2);
    }

    @Test
    void aNumberTheCountyGaveMeanwhileIsNotGivenTwice() throws SQLException {
        cache.follow();
        down = true;
        IssuedTicket here = queue.take(civil(), null);
        // a terminal of the centre that still reached the county took the same number meanwhile
        IssuedTicket there = otherKiosk.queue().take(civil(), null);
        assertThat(there.ticket().number()).isEqualTo(here.ticket().number());
        cache.follow();
        assertThat(queue.takenHere()).as("the copy does not refuse the county's number").hasSize(1);

        down = false;
        Ticket sent = queue.sendTaken(queue.takenHere().get(0)).orElseThrow();

        assertThat(sent.number()).isEqualTo(here.ticket().number() + 1);
        assertThat(county.count("SELECT COUNT(*) FROM event_log WHERE type = 'TicketIssued' AND payload LIKE '%\"printedAs\":\""
                + here.ticket().label() + "\"%'")).isEqualTo(1);
        assertThat(inCounty("service_id = " + civil() + " AND number = " + here.ticket().number())).isEqualTo(1);
    }

    @Test
    void aCountyThatStopsAnsweringMidTicketSendsTheKioskToTheCache() throws SQLException {
        cache.follow();
        TicketQueue lost = new TicketQueue(Jdbi.create(() -> {
            throw new java.sql.SQLTransientConnectionException("Connection to county:5432 refused", "08001");
        }), county.events(), county.clock, county.terminal).offline(way(() -> false, cacheDb.jdbi()));

        IssuedTicket taken = lost.take(civil(), null);

        assertThat(taken.ticket().id()).isNegative();
        assertThat(lost.takenHere()).extracting(Ticket::label).containsExactly(taken.ticket().label());
        assertThat(Optional.of(taken.ticket().number())).contains(county.queue().today(civil()).size() + 1);
    }

    private static int waiting(List<LineStatus> status) {
        return status.stream().filter(s -> s.line().code().equals("civil")).mapToInt(LineStatus::waiting).sum();
    }
}
