package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The kiosk's warm-up after its first frame: it reads, never writes, and gives way to a resident. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WarmUpTest {
    private static KioskFixture fixture;

    @BeforeAll
    static void seed() {
        fixture = new KioskFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static long writes() {
        return fixture.site.count("SELECT COUNT(*) FROM event_log") + fixture.site.count("SELECT COUNT(*) FROM booking");
    }

    private static WarmUp warmUp(java.util.function.BooleanSupplier idle, int rounds) {
        KioskServices s = fixture.services;
        return new WarmUp(s.facilities(), s.bookings(), s.clock(), idle, rounds, Duration.ofMinutes(1));
    }

    @Test
    void goesOverTheFacilitiesItsRoundsAndWritesNothing() {
        long before = writes();
        int facilities = fixture.services.facilities().all().size();
        assertThat(facilities).isPositive();
        assertThat(warmUp(() -> true, facilities * 2).run()).isEqualTo(facilities * 2);
        assertThat(writes()).as("a warm-up only reads").isEqualTo(before);
    }

    @Test
    void stopsForGoodWhenAVisitStarts() {
        AtomicInteger asked = new AtomicInteger();
        // idle for three rounds, then a resident touches the screen
        WarmUp warm = warmUp(() -> asked.incrementAndGet() <= 3, 1_000);
        assertThat(warm.run()).isEqualTo(3);
        assertThat(warmUp(() -> false, 1_000).run()).as("a kiosk in use is not warmed up").isZero();
    }

    @Test
    void runsOnAThreadOfItsOwnOfTheLowestPriorityUntilClosed() throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        WarmUp warm = warmUp(() -> {
            ranOn.set(Thread.currentThread());
            running.countDown();
            return true;
        }, Integer.MAX_VALUE).start();
        assertThat(running.await(30, TimeUnit.SECONDS)).as("it started").isTrue();
        assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(ranOn.get().getName()).isEqualTo("madang-warm-up");
        assertThat(ranOn.get().getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        warm.close();
        // ends at its next round (else the class's timeout fails the test)
        warm.join();
        assertThat(ranOn.get().isAlive()).isFalse();
    }
}
