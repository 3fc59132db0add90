package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** A database at this build's newest migration is recognised by one query; anything else goes to Flyway. */
class MigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theNewestMigrationNamedInCodeIsTheNewestFile() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(SiteDatabase.class.getClassLoader().getResource("db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SiteDatabase.NEWEST_MIGRATION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void aNewDatabaseIsMigratedByFlywayAndThenKnownUpToDateWithoutIt() {
        Path root = TestSite.tempRoot();
        String url = SiteDatabase.fileUrl(root.resolve("db"), false);
        try (SiteDatabase db = SiteDatabase.open(url, "sa", "")) {
            assertThat(db.upToDate()).as("no history yet").isFalse();
            assertThat(db.migrate()).isEqualTo(Integer.parseInt(SiteDatabase.NEWEST_MIGRATION));
            assertThat(db.upToDate()).isTrue();
            assertThat(db.migrate()).as("nothing to do, and Flyway not asked").isZero();
            assertThat(db.schemaVersion()).contains(SiteDatabase.NEWEST_MIGRATION);
            // a newest migration that failed half-way is not up to date: Flyway is asked, and says what is wrong
            db.jdbi().useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE"
                    + " WHERE \"version\" = '" + SiteDatabase.NEWEST_MIGRATION + "'"));
            assertThat(db.upToDate()).isFalse();
            assertThat(db.validate()).isPresent();
        }
    }
}
