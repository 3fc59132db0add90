package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.testing.TestSite;

/**
 * A terminal's timers are stopped with {@code shutdownNow}, which interrupts a thread that may be
 * writing the site's file database at that moment. Java closes a file channel whose thread is
 * interrupted; the database must not close with it for every other user of the process (it did:
 * "The database has been closed" under the outage test).
 */
class InterruptedWriterTest {

    /** A timer's round of writes, stopped by {@code shutdownNow} at some moment of it, forty times. */
    @Test
    @Timeout(60)
    void aWriterInterruptedMidWriteLeavesTheDatabaseOpenForEveryoneElse() throws Exception {
        try (SiteDatabase db = SiteDatabase.open(SiteDatabase.fileUrl(TestSite.tempRoot().resolve("db")), "sa", "")) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(4000))"));
            String row = "x".repeat(4000);
            db.jdbi().useHandle(h -> h.execute("INSERT INTO t (v) VALUES (?)", row));
            AtomicInteger written = new AtomicInteger();
            for (int round = 0; round < 40; round++) {
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
                timer.scheduleWithFixedDelay(() -> {
                    for (int i = 0; i < 20; i++) {
                        db.jdbi().useHandle(h -> h.execute("INSERT INTO t (v) VALUES (?)", row));
                        written.incrementAndGet();
                    }
                }, 0, 1, TimeUnit.MILLISECONDS);
                Thread.sleep(20 + round % 7);
                timer.shutdownNow();
                assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one());
                assertThat(rows).as("round %d: the database still answers", round).isPositive();
            }
            assertThat(written.get()).isPositive();
        }
    }
}
