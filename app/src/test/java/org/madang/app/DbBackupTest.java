package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventType;

/**
 * {@code madang db backup} while a terminal works, {@code db restore} into a new site (checked
 * by its chain, noticed as rolled back by the old site's checkpoints), refusals that leave
 * nothing behind, and the database file encrypted at rest with {@code db encrypt}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DbBackupTest {

    private static long count(Path site, List<String> sets, String sql) {
        try (SiteRuntime runtime = SiteRuntime.open(site, sets, Map.of())) {
            return runtime.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    @Test
    void aBackupTakenWhileATerminalWorksRestoresIntoANewSiteWithItsChainWhole(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        Path zip = dir.resolve("backups").resolve("b.zip");
        long events;
        try (SiteRuntime terminal = SiteRuntime.open(site, List.of("terminal.id=kiosk-7"), Map.of())) {
            // a terminal holds the database open (and hosts it for others) while the backup is taken
            MadangRun backup = MadangRun.of("db", "backup", "--site", site.toString(), "--out", zip.toString());
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("keys/ is not in it");
            events = terminal.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_log").mapTo(Long.class).one());
            terminal.database.jdbi().useTransaction(h -> terminal.events().append(h,
                    new EventDraft(EventType.NOTICE_LIKED, "notice:1", "resident", Map.of())));
        }
        assertThat(MadangRun.of("db", "check", "--site", site.toString()).code()).isZero(); // keeps a checkpoint past the backup

        Path restored = dir.resolve("restored");
        MadangRun withoutKeys = MadangRun.of("db", "restore", zip.toString(), "--site", restored.toString());
        assertThat(withoutKeys.code()).isEqualTo(2);
        assertThat(withoutKeys.err()).contains("needs the keys of the site it came from: add --keys");

        Path other = dir.resolve("other");
        assertThat(MadangRun.of("db", "migrate", "--site", other.toString()).code()).isZero();
        MadangRun wrongKeys = MadangRun.of("db", "restore", zip.toString(), "--site", restored.toString(), "--keys",
                other.resolve("keys").toString());
        assertThat(wrongKeys.code()).isEqualTo(2);
        assertThat(wrongKeys.err()).contains("does not open with the keys of", "are they the keys of the site it came from?");
        assertThat(restored.resolve("data").resolve("madang.mv.db")).doesNotExist();

        MadangRun garbage = MadangRun.of("db", "restore", site.resolve("site.yaml").toString(), "--site", restored.toString(), "--keys",
                site.resolve("keys").toString());
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err()).contains("is not a backup written by madang db backup (not a zip file)");

        MadangRun restore = MadangRun.of("db", "restore", zip.toString(), "--site", restored.toString(), "--keys", site.resolve("keys").toString());
        assertThat(restore.code()).as(restore.out() + restore.err()).isZero();
        assertThat(restore.out()).contains("schema at version", String.format("%,d events chained", events));
        assertThat(restored.resolve("site.yaml")).exists();
        assertThat(MadangRun.of("db", "check", "--site", restored.toString()).code()).isZero();
        assertThat(count(restored, List.of(), "SELECT COUNT(*) FROM booking")).isEqualTo(count(site, List.of(), "SELECT COUNT(*) FROM booking"));

        MadangRun again = MadangRun.of("db", "restore", zip.toString(), "--site", restored.toString(), "--keys", site.resolve("keys").toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("has a database already");

        // the old site's checkpoints beside the restored copy: it is older than what the site had seen
        Files.copy(site.resolve("logs").resolve("chain-checkpoints.log"), restored.resolve("logs").resolve("chain-checkpoints.log"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MadangRun rolledBack = MadangRun.of("db", "check", "--site", restored.toString());
        assertThat(rolledBack.code()).isEqualTo(1);
        assertThat(rolledBack.out()).contains("BROKEN, truncated", "rolled back or restored");
    }

    @Test
    void anEncryptedFileShowsNoPlainWordsAndOpensOnlyAsEncrypted(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(MadangRun.of("db", "migrate", "--site", site.toString()).code()).isZero();
        Path file = site.resolve("data").resolve("madang.mv.db");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).contains("EVENT_LOG");

        MadangRun encrypt = MadangRun.of("db", "encrypt", "--site", site.toString());
        assertThat(encrypt.code()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).contains("Set database.encrypted: true");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("EVENT_LOG");
        assertThat(site.resolve("keys").resolve("db-file.key")).exists();

        MadangRun plain = MadangRun.of("db", "check", "--site", site.toString());
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).contains("does not open as a plain file (is it encrypted? then set database.encrypted: true)");
        MadangRun encrypted = MadangRun.of("db", "check", "--site", site.toString(), "--set", "database.encrypted=true");
        assertThat(encrypted.code()).as(encrypted.out() + encrypted.err()).isZero();
        assertThat(count(site, List.of("database.encrypted=true"), "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")).isGreaterThan(20);

        assertThat(MadangRun.of("db", "encrypt", "--site", site.toString()).err()).contains("encrypted already");
        assertThat(MadangRun.of("db", "encrypt", "--decrypt", "--site", site.toString()).code()).isZero();
        assertThat(MadangRun.of("db", "check", "--site", site.toString()).code()).isZero();
    }
}
