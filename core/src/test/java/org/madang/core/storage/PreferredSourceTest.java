package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Reads from the cache, from the county while the cache gives no connection, and from the cache again after the wait. */
class PreferredSourceTest {

    private static String answer(javax.sql.DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT who FROM side")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static SiteDatabase side(String name) throws SQLException {
        SiteDatabase db = SiteDatabase.open("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE side (who VARCHAR(10))");
            st.execute("INSERT INTO side VALUES ('" + name + "')");
        }
        return db;
    }

    @Test
    void aCacheThatGivesNoConnectionIsReadAroundUntilTheWaitIsOver() throws SQLException {
        SiteDatabase cache = side("cache");
        try (SiteDatabase county = side("county")) {
            Instant[] now = {Instant.parse("2026-12-02T10:00:00Z")};
            Clock clock = new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            PreferredSource reads = new PreferredSource(cache.dataSource(), county.dataSource(), clock, Duration.ofSeconds(30));
            assertThat(answer(reads)).isEqualTo("cache");

            cache.close();
            assertThat(answer(reads)).as("the cache's machine off").isEqualTo("county");
            assertThat(reads.fallingBack()).isTrue();
            now[0] = now[0].plusSeconds(31);
            assertThat(reads.fallingBack()).as("tried again after the wait").isFalse();
            assertThat(answer(reads)).isEqualTo("county");
        }
    }
}
