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
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
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
        assertThat(queue.callNext(List.of(civil), "counter-1")).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo("A002"));
        assertThat(queue.callNext(List.of(civil), "counter-1")).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo("A001"));
        assertThat(queue.callNext(List.of(civil), "counter-1")).isEmpty();
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
    void aFinishedTicketIsDoneOnce() {
        queue.take(civil, null);
        Ticket called = queue.callNext(List.of(civil), "counter-1").orElseThrow();
        assertThat(queue.finish(called.id(), TicketStatus.DONE, "counter-1")).isTrue();
        assertThat(queue.finish(called.id(), TicketStatus.DONE, "counter-1")).isFalse();
        assertThat(queue.today(civil)).extracting(Ticket::status).containsExactly(TicketStatus.DONE);
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

    private List<String> labels(int calls) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            queue.callNext(List.of(civil), "counter-1").ifPresent(t -> out.add(t.label()));
            site.clock.advance(Duration.ofMinutes(1));
        }
        return out;
    }
}
