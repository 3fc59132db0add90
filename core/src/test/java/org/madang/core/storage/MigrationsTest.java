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

    /** The versions of the migrations in one folder under {@code db/migration}. */
    static java.util.Set<Integer> versions(String folder) throws URISyntaxException, java.io.IOException {
        Path path = Path.of(SiteDatabase.class.getClassLoader().getResource("db/migration/" + folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void theNewestMigrationNamedInCodeIsTheNewestFile() throws URISyntaxException, java.io.IOException {
        int newest = java.util.stream.Stream.of("common", "h2", "postgresql").flatMap(f -> {
            try {
                return versions(f).stream();
            } catch (URISyntaxException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(SiteDatabase.NEWEST_MIGRATION).isEqualTo(Integer.toString(newest));
    }

    /** Every engine has every version once: a dialect's file stands for the common one, in each engine's folder. */
    @Test
    void eachEngineHasEveryVersionOnceAndTheSameOnes() throws URISyntaxException, java.io.IOException {
        java.util.Set<Integer> common = versions("common");
        java.util.Set<Integer> h2 = versions("h2");
        assertThat(versions("postgresql")).as("the same versions differ on both engines").isEqualTo(h2);
        assertThat(h2).as("a version is either common or per engine").doesNotContainAnyElementsOf(common);
        java.util.Set<Integer> all = new java.util.TreeSet<>(common);
        all.addAll(h2);
        assertThat(all).as("no version missing").hasSize(Integer.parseInt(SiteDatabase.NEWEST_MIGRATION));
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
