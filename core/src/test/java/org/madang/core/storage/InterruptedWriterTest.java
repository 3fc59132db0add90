package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
            java.util.concurrent.Semaphore written = new java.util.concurrent.Semaphore(0);
            for (int round = 0; round < 40; round++) {
                written.drainPermits();
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
                timer.scheduleWithFixedDelay(() -> {
                    for (int i = 0; i < 20; i++) {
                        db.jdbi().useHandle(h -> h.execute("INSERT INTO t (v) VALUES (?)", row));
                        written.release();
                    }
                }, 0, 1, TimeUnit.MILLISECONDS);
                // stopped after a few of its writes, a different number each round: mid-write more often than not
                assertThat(written.tryAcquire(1 + round % 7, 10, TimeUnit.SECONDS)).as("round %d: the timer writes", round).isTrue();
                timer.shutdownNow();
                assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one());
                assertThat(rows).as("round %d: the database still answers", round).isPositive();
            }
        }
    }
}
