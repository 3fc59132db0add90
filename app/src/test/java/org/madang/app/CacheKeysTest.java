package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.site.SiteDirectory;
import org.madang.core.site.SiteKeys;
import org.madang.core.storage.SiteDatabase;

/**
 * A centre's cache made under other keys (a county made again, a terminal's keys/ replaced) does
 * not stop the terminal: it is kept aside, unread, and a new cache is made, which the county fills
 * at the first round. (It was "Wrong user name or password" and no kiosk.)
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class CacheKeysTest {

    @Test
    void aCacheMadeUnderOtherKeysIsKeptAsideAndMadeAgain(@TempDir Path dir) throws Exception {
        SiteDirectory site = new SiteDirectory(dir.resolve("centre"));
        site.create();
        SiteKeys keys = SiteKeys.loadOrCreate(site.keys(), new java.security.SecureRandom());
        Files.createDirectories(site.root().resolve("data"));
        try (SiteDatabase other = SiteDatabase.open(SiteDatabase.fileUrl(site.root().resolve("data/cache")), "madang", "another county's")) {
            other.migrate();
        }

        try (SiteDatabase cache = CountyConnection.openCache(site, "data/cache", keys)) {
            assertThat(cache.schemaVersion()).contains(SiteDatabase.NEWEST_MIGRATION);
        }

        try (var files = Files.list(site.root().resolve("data"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("cache.mv.db.other-keys-"))
                    .contains("cache.mv.db");
        }
    }
}
