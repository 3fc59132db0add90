package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventType;
import org.madang.core.site.SiteKeys;
import org.madang.core.storage.SiteDatabase;

/**
 * A site whose database file was written by the H2 release Madang used before
 * ({@code h2.previous.version}, run as its own process) opens with this one: schema, chain and
 * rows as they were, and new work written on top.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class H2UpgradeTest {

    @Test
    void aSiteWrittenByThePreviousH2OpensChecksAndTakesNewWork(@TempDir Path dir) throws Exception {
        Path previous = Path.of("target", "previous-h2", "h2-previous.jar");
        assertThat(previous).as("copied by maven-dependency-plugin before the tests").exists();
        Path site = dir.resolve("site");
        long events;
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of(), Map.of())) {
            for (int i = 0; i < 3; i++) {
                runtime.database.jdbi().useTransaction(h -> runtime.events().append(h,
                        new EventDraft(EventType.NOTICE_LIKED, "notice:1", "resident", Map.of())));
            }
            events = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_log").mapTo(Long.class).one());
        }
        // the whole site as SQL, then a new file written from it by the previous H2 in a process of its own
        String password = SiteKeys.loadOrCreate(site.resolve("keys"), new java.security.SecureRandom()).databasePassword();
        String url = "jdbc:h2:file:" + site.resolve("data").resolve("madang").toAbsolutePath();
        Path sql = dir.resolve("site.sql");
        Script.process(url, "madang", password, sql.toString(), "", "");
        Files.delete(site.resolve("data").resolve("madang.mv.db"));
        Process old = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", previous.toString(),
                "org.h2.tools.RunScript", "-url", url, "-user", "madang", "-password", password, "-script", sql.toString())
                .redirectErrorStream(true).start();
        assertThat(old.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(old.exitValue()).as(new String(old.getInputStream().readAllBytes())).isZero();
        assertThat(SiteDatabase.fileUrl(site.resolve("data").resolve("madang"))).contains("WRITE_DELAY=0");

        MadangRun check = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("schema      ok, version", "event log   ok, " + events + " events chained");
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of(), Map.of())) {
            runtime.database.jdbi().useTransaction(h -> runtime.events().append(h,
                    new EventDraft(EventType.NOTICE_LIKED, "notice:1", "resident", Map.of())));
        }
        MadangRun after = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(after.code()).isZero();
        assertThat(after.out()).contains("event log   ok, " + (events + 1) + " events chained");
    }
}
