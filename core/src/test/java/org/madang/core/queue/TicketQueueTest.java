package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** Queue tickets: daily numbering per service, waiting counts, priority with the fairness rule. */
class TicketQueueTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot()).staff("clerk1", "clerk2");
    private final TicketQueue queue;
    private final long civil;
    private final long welfare;

    TicketQueueTest() {
        site.execute("INSERT INTO queue_service (id, code, prefix, name_ko, name_en, minutes_per_ticket) VALUES "
                + "(1, 'civil', 'A', '민원 업무', 'Civil affairs', 5), (2, 'welfare', 'B', '복지 상담', 'Welfare consultation', 15)");
        queue = site.queue();
        civil = 1;
        welfare = 2;
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void numbersRunPerServiceAndStartAgainEachDay() {
        assertThat(queue.take(civil, null).ticket().label()).isEqualTo("A001");
        assertThat(queue.take(civil, null).ticket().label()).isEqualTo("A002");
        assertThat(queue.take(welfare, null).ticket().label()).isEqualTo("B001");
        site.clock.set(TestSite.NOW.plusDays(1));
        assertThat(queue.take(civil, null).ticket().label()).isEqualTo("A001");
    }

    @Test
    void theTicketSaysHowManyAreAheadAndTheLikelyWait() {
        queue.take(welfare, null);
        queue.take(welfare, null);
        IssuedTicket third = queue.take(welfare, null);
        assertThat(third.ahead()).isEqualTo(2);
        assertThat(third.estimatedMinutes()).isEqualTo(30);
        assertThat(queue.status()).extracting(LineStatus::waiting).containsExactly(0, 3);
        assertThat(queue.status().get(1).estimatedMinutes()).isEqualTo(45);
    }

    @Test
    void aPriorityTicketIsServedAheadAndCountsOnlyPriorityTicketsAhead() {
        queue.take(civil, null);
        IssuedTicket priority = queue.take(civil, PriorityReason.SENIOR);
        assertThat(priority.ahead()).isZero();
        assertThat(labels(3)).containsExactly("A002", "A001");
    }

    @Test
    void afterTwoPriorityCallsARegularTicketWaitingOverFifteenMinutesGoesNext() {
        queue.take(civil, null);
        site.clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            queue.take(civil, PriorityReason.PREGNANCY);
        }
        assertThat(labels(3)).containsExactly("A002", "A003", "A001");
        assertThat(labels(2)).containsExactly("A004", "A005");
    }

    @Test
    void priorityTicketsKeepGoingFirstWhileNoRegularTicketHasWaitedTooLong() {
        queue.take(civil, null);
        site.clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            queue.take(civil, PriorityReason.DISABILITY);
        }
        assertThat(labels(4)).containsExactly("A002", "A003", "A004", "A001");
    }

    @Test
    void theLikelyWaitFollowsTodaysMeasuredServiceOnceAFewAreDoneAndIsSharedAmongTheDesks() {
        CounterQueue counters = site.counterQueue();
        CounterQueue.Desk one = new CounterQueue.Desk("counter-1", 1, List.of(civil));
        for (int i = 0; i < 6; i++) {
            queue.take(civil, null);
        }
        // the catalogue says 5 minutes a ticket until three are done today
        assertThat(queue.status().get(0).estimatedMinutes()).isEqualTo(30);
        for (int i = 0; i < 3; i++) {
            Ticket t = ((CallOutcome.Called) counters.callNext(one, "clerk1")).ticket();
            site.clock.advance(Duration.ofMinutes(10));
            assertThat(counters.finish(t.id(), TicketOutcome.SERVED, one, "clerk1")).isEmpty();
        }
        // three left, 10 minutes each as measured today
        assertThat(queue.status().get(0).estimatedMinutes()).isEqualTo(30);
        // a second desk calls civil tickets too: the wait halves
        CounterQueue.Desk two = new CounterQueue.Desk("counter-2", 2, List.of(civil));
        assertThat(counters.callNext(two, "clerk2")).isInstanceOf(CallOutcome.Called.class);
        assertThat(queue.status().get(0).waiting()).isEqualTo(2);
        assertThat(queue.status().get(0).estimatedMinutes()).isEqualTo(10);
        assertThat(queue.take(civil, null).estimatedMinutes()).isEqualTo(10);
    }

    @Test
    void twoKiosksTakingTicketsAtOnceNeverGetTheSameNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return site.queue().take(civil, null).ticket().label();
                }));
            }
            start.countDown();
            List<String> labels = new ArrayList<>();
            for (Future<String> f : taken) {
                labels.add(f.get());
            }
            Collections.sort(labels);
            assertThat(labels).doesNotHaveDuplicates().hasSize(20).startsWith("A001").endsWith("A020");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls and serves {@code calls} tickets at one desk, a minute apart: the labels in the order called. */
    private List<String> labels(int calls) {
        CounterQueue counters = site.counterQueue();
        CounterQueue.Desk desk = new CounterQueue.Desk("counter-1", 1, List.of(civil));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            if (counters.callNext(desk, "clerk1") instanceof CallOutcome.Called called) {
                out.add(called.ticket().label());
                assertThat(counters.finish(called.ticket().id(), TicketOutcome.SERVED, desk, "clerk1")).isEmpty();
            }
            site.clock.advance(Duration.ofMinutes(1));
        }
        return out;
    }
}
