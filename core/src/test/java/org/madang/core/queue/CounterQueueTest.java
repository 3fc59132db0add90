package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.event.Event;
import org.madang.core.testing.TestSite;

/** The queue as counters serve it: call, recall, start, finish, no-show, redirect, postpone. */
class CounterQueueTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot()).staff("clerk1", "clerk2", "clerk9", "clerk");
    private final TicketQueue kiosk;
    private final CounterQueue counters;
    private final CounterQueue.Desk civilDesk = new CounterQueue.Desk("counter-1", 1, List.of(1L));
    private final CounterQueue.Desk welfareDesk = new CounterQueue.Desk("counter-2", 2, List.of(2L));
    private final CounterQueue.Desk otherWelfareDesk = new CounterQueue.Desk("counter-3", 3, List.of(2L));

    CounterQueueTest() {
        site.execute("INSERT INTO queue_service (id, code, prefix, name_ko, name_en, minutes_per_ticket) VALUES "
                + "(1, 'civil', 'A', '민원 업무', 'Civil affairs', 5), (2, 'welfare', 'B', '복지 상담', 'Welfare consultation', 15)");
        kiosk = site.queue();
        counters = site.counterQueue();
    }

    @AfterEach
    void close() {
        site.close();
    }

    private Ticket call(CounterQueue.Desk desk) {
        CallOutcome outcome = counters.callNext(desk, "clerk1");
        assertThat(outcome).isInstanceOf(CallOutcome.Called.class);
        return ((CallOutcome.Called) outcome).ticket();
    }

    private List<Event> events(String type) {
        return site.events().after(0, 1000).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void callRecallNoShowThenTheNextOne() {
        kiosk.take(1, null);
        kiosk.take(1, null);
        Ticket first = call(civilDesk);
        assertThat(first.label()).isEqualTo("A001");
        assertThat(first.desk()).isEqualTo(1);
        assertThat(counters.current(civilDesk)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(first.id()));

        // not gone until the call was repeated
        assertThat(counters.noShow(first.id(), civilDesk, "clerk1")).map(Refusal::messageKey).contains("queue.refused.recallFirst");
        assertThat(counters.recall(first.id(), civilDesk, "clerk1")).isEmpty();
        assertThat(events("TicketRecalled")).singleElement().satisfies(e -> assertThat(e.payload()).contains("A001"));
        assertThat(counters.noShow(first.id(), civilDesk, "clerk1")).isEmpty();
        assertThat(counters.current(civilDesk)).isEmpty();

        Ticket second = call(civilDesk);
        assertThat(second.label()).isEqualTo("A002");
        assertThat(kiosk.today(1)).extracting(Ticket::status).containsExactly(TicketStatus.NO_SHOW, TicketStatus.CALLED);
        assertThat(events("TicketCalled")).hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("clerk:clerk1"));
    }

    @Test
    void aDeskFinishesItsTicketBeforeCallingAnotherAndOnlyItsOwn() {
        kiosk.take(1, null);
        kiosk.take(1, null);
        Ticket first = call(civilDesk);
        assertThat(counters.callNext(civilDesk, "clerk1")).isEqualTo(new CallOutcome.Refused(Refusal.of("queue.refused.finishFirst", "A001")));
        CounterQueue.Desk stranger = new CounterQueue.Desk("counter-9", 9, List.of(1L));
        assertThat(counters.finish(first.id(), TicketOutcome.SERVED, stranger, "clerk9")).map(Refusal::messageKey)
                .contains("queue.refused.notYours");
        assertThat(counters.start(first.id(), civilDesk, "clerk1")).isEmpty();
        assertThat(counters.finish(first.id(), TicketOutcome.INCOMPLETE, civilDesk, "clerk1")).isEmpty();
        // finishing twice (a double click) finishes once
        assertThat(counters.finish(first.id(), TicketOutcome.SERVED, civilDesk, "clerk1")).isPresent();
        assertThat(events("TicketFinished")).singleElement().satisfies(e -> assertThat(e.payload()).contains("INCOMPLETE"));
        assertThat(call(civilDesk).label()).isEqualTo("A002");
        assertThat(counters.callNext(welfareDesk, "clerk2")).isInstanceOf(CallOutcome.NobodyWaiting.class);
    }

    @Test
    void aRedirectedTicketKeepsItsPlaceInTheOtherLine() {
        kiosk.take(1, null);                       // A001 at 10:00
        site.clock.advance(Duration.ofMinutes(1));
        kiosk.take(2, null);                       // B001 at 10:01
        site.clock.advance(Duration.ofMinutes(1));
        kiosk.take(2, null);                       // B002 at 10:02
        Ticket a1 = call(civilDesk);
        assertThat(counters.redirect(a1.id(), 1, null, civilDesk, "clerk1")).map(Refusal::messageKey).contains("queue.refused.sameService");
        assertThat(counters.redirect(a1.id(), 2, null, civilDesk, "clerk1")).isEmpty();
        assertThat(kiosk.status()).extracting(LineStatus::waiting).containsExactly(0, 3);

        // A001 came at 10:00, before B001: the welfare desk calls it first, under its own number
        assertThat(call(welfareDesk).label()).isEqualTo("A001");
        assertThat(events("TicketRedirected")).singleElement().satisfies(e -> assertThat(e.payload()).contains("welfare"));
    }

    @Test
    void aTicketRedirectedToOneDeskIsCalledOnlyThere() {
        kiosk.take(1, null);
        site.clock.advance(Duration.ofMinutes(1));
        kiosk.take(2, null);
        Ticket a1 = call(civilDesk);
        assertThat(counters.redirect(a1.id(), 2, 3, civilDesk, "clerk1")).isEmpty();
        assertThat(call(welfareDesk).label()).isEqualTo("B001");
        assertThat(call(otherWelfareDesk).label()).isEqualTo("A001");
    }

    @Test
    void aPostponedTicketComesBackToTheSameDeskAfterThoseWaitingByThen() {
        kiosk.take(1, null);
        kiosk.take(1, null);
        Ticket a1 = call(civilDesk);
        site.clock.advance(Duration.ofMinutes(2));
        assertThat(counters.postpone(a1.id(), civilDesk, "clerk1")).isEmpty();
        site.clock.advance(Duration.ofMinutes(1));
        kiosk.take(1, null);                       // A003, after the postponement
        CounterQueue.Desk otherCivil = new CounterQueue.Desk("counter-4", 4, List.of(1L));
        assertThat(counters.waiting(otherCivil)).extracting(Ticket::label).containsExactly("A002", "A003");
        assertThat(counters.waiting(civilDesk)).extracting(Ticket::label).containsExactly("A002", "A001", "A003");
        assertThat(call(civilDesk).label()).isEqualTo("A002");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void countersCallingAtOnceCallEachTicketOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            kiosk.take(1, i % 5 == 0 ? PriorityReason.SENIOR : null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> desks = new ArrayList<>();
        try {
            for (int d = 1; d <= 3; d++) {
                CounterQueue.Desk desk = new CounterQueue.Desk("counter-" + d, d, List.of(1L));
                desks.add(pool.submit(() -> {
                    start.await();
                    CounterQueue mine = site.counterQueue();
                    List<String> called = new ArrayList<>();
                    while (mine.callNext(desk, "clerk") instanceof CallOutcome.Called c) {
                        called.add(c.ticket().label());
                        mine.finish(c.ticket().id(), TicketOutcome.SERVED, desk, "clerk");
                    }
                    return called;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : desks) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            assertThat(all).hasSize(30).doesNotHaveDuplicates();
            assertThat(site.count("SELECT COUNT(*) FROM queue_call")).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
    }
}
