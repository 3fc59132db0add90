package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code madang db check} names the first bad event and how the chain was damaged, against its head and the checkpoints kept in logs/. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DbCheckTest {

    private static void sql(Path site, String... statements) {
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of(), Map.of())) {
            runtime.database.jdbi().useHandle(h -> {
                for (String s : statements) {
                    h.execute(s);
                }
            });
        }
    }

    @Test
    void aDeletedNewestEventAndARolledBackDatabaseAreNamedWithExitOne(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        MadangRun ok = MadangRun.of("db", "check", "--site", site.toString(), "--checkpoints");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).containsPattern("event log   ok, \\d+ events chained, matching its head and 0 checkpoints");
        assertThat(Files.readAllLines(site.resolve("logs").resolve("chain-checkpoints.log"))).hasSize(1);

        // the newest event deleted: the head row still names it
        sql(site, "CREATE TABLE kept_event AS SELECT * FROM event_log WHERE id = (SELECT MAX(id) FROM event_log)",
                "DELETE FROM event_log WHERE id = (SELECT MAX(id) FROM event_log)");
        MadangRun cut = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.out()).contains("BROKEN, truncated: the chain ends before event");

        // and the head set back too, as a restored older copy would be: only the checkpoint in logs/ knows
        sql(site, "UPDATE event_head SET last_id = (SELECT MAX(id) FROM event_log), "
                + "last_hash = (SELECT hash FROM event_log WHERE id = (SELECT MAX(id) FROM event_log)) WHERE id = 1");
        MadangRun rolledBack = MadangRun.of("db", "check", "--site", site.toString(), "--checkpoints");
        assertThat(rolledBack.code()).isEqualTo(1);
        assertThat(rolledBack.out()).contains("truncated", "checkpoint");

        // the event put back as it was: whole again
        sql(site, "INSERT INTO event_log SELECT * FROM kept_event", "DROP TABLE kept_event",
                "UPDATE event_head SET last_id = (SELECT MAX(id) FROM event_log), "
                        + "last_hash = (SELECT hash FROM event_log WHERE id = (SELECT MAX(id) FROM event_log)) WHERE id = 1");
        assertThat(MadangRun.of("db", "check", "--site", site.toString()).code()).isZero();

        // an event's words changed
        sql(site, "UPDATE event_log SET actor = 'clerk:someone' WHERE id = 2");
        MadangRun edited = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(edited.code()).isEqualTo(1);
        assertThat(edited.out()).contains("BROKEN, edited: event 2 is not as it was written", "1 events before it hold");

        // a course's count of seats off by one from its seated residents
        sql(site, "UPDATE course SET enrolled = enrolled + 1 WHERE id = (SELECT MIN(id) FROM course WHERE status = 'RECRUITING' AND enrolled < capacity)");
        assertThat(MadangRun.of("db", "check", "--site", site.toString()).out()).contains("1 courses whose count of seats does not match");
    }
}
