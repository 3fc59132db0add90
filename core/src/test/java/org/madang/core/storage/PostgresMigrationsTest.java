package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.testing.TestSite;

/**
 * The site's migrations on a real PostgreSQL server (started for the test from Maven Central's
 * binaries): the same versions as on H2, the common files as they are and each engine's own where
 * the dialects differ, ending in the same tables with the same columns.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresMigrationsTest {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws java.io.IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        server.close();
    }

    /** Every table's columns, as {@code table.column} in lower case (H2 keeps names in upper case, PostgreSQL in lower). */
    private static Set<String> columns(SiteDatabase db, String schema) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = :schema").bind("schema", schema)
                .map((rs, ctx) -> (rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theMigrationsRunOnPostgresqlAndMakeTheTablesTheyMakeOnH2() {
        Set<String> onPostgres;
        try (SiteDatabase db = SiteDatabase.open(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            assertThat(db.upToDate()).as("no history yet").isFalse();
            assertThat(db.migrate()).isEqualTo(Integer.parseInt(SiteDatabase.NEWEST_MIGRATION));
            assertThat(db.upToDate()).isTrue();
            assertThat(db.migrate()).as("nothing to do").isZero();
            assertThat(db.validate()).as("Flyway finds the applied migrations are this build's").isEmpty();
            assertThat(db.schemaVersion()).contains(SiteDatabase.NEWEST_MIGRATION);
            onPostgres = columns(db, "public");
        }
        Path root = TestSite.tempRoot();
        Set<String> onH2;
        try (SiteDatabase db = SiteDatabase.open(SiteDatabase.fileUrl(root.resolve("db"), false), "sa", "")) {
            db.migrate();
            onH2 = columns(db, "PUBLIC");
        }
        assertThat(onPostgres).as("tables and columns on PostgreSQL").hasSizeGreaterThan(100).isEqualTo(onH2);
    }

    /**
     * PostgreSQL indexes a foreign key's column only when told (H2 does it itself): without one,
     * deleting or changing a referenced row scans the referencing table, and joins on it scan.
     */
    @Test
    void everyForeignKeyLeadsAnIndexOnPostgresql() {
        try (SiteDatabase admin = SiteDatabase.open(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            admin.jdbi().useHandle(h -> h.execute("CREATE DATABASE foreign_keys"));
        }
        try (SiteDatabase db = SiteDatabase.open(server.getJdbcUrl("postgres", "foreign_keys"), "postgres", "postgres")) {
            db.migrate();
            List<String> unindexed = db.jdbi().withHandle(h -> h.createQuery("SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c"
                    + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                    + " WHERE c.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid"
                    + " AND i.indkey[0] = c.conkey[1]) ORDER BY 1").mapTo(String.class).list());
            assertThat(unindexed).as("foreign keys without an index that starts with their column").isEmpty();
        }
    }
}
