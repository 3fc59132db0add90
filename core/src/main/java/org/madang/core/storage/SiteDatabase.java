package org.madang.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;

/**
 * The site database: a pooled connection to H2 (a file shared between this machine's
 * processes through {@code AUTO_SERVER}, or a server started by {@code madang db serve}),
 * its Flyway migrations, and a Jdbi over it. Close it to release the file.
 */
public final class SiteDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private SiteDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * The JDBC URL of a site's file database. {@code AUTO_SERVER} lets a second process on
     * this machine share the open file; the lock timeout lets a booking wait for another
     * terminal's transaction rather than fail at once; {@code WRITE_DELAY=0} writes each commit
     * to the file before it returns (H2 has no redo log: with its default of 500 ms, a terminal
     * killed while hosting the file lost the last half second of acknowledged bookings, which
     * {@code madang bench crash} found). {@code FILE_LOCK=SOCKET}: the lock file names a port the
     * holder listens on, so a terminal started after its predecessor was killed (a power cut, a
     * crash) sees at once that nobody holds the file, where H2's default file lock sleeps about
     * two seconds to be sure (and it connects to the dead holder's server only a few times when
     * {@code h2.socketConnectRetry} is low: {@code Main} sets 3, H2's 16 tries take 1.2 s).
     * {@code retry:} reopens the file when a thread writing it is interrupted: Java closes a file
     * channel under an interrupted thread, and H2 then closed the whole database for every user
     * of the process — a terminal's timer stopped ({@code shutdownNow}) mid-write did that.
     */
    public static String fileUrl(java.nio.file.Path databaseBase) {
        return fileUrl(databaseBase, false);
    }

    /** How {@link #fileUrl} begins: a file of this machine, opened through {@code retry:}. */
    private static final String FILE_URL = "jdbc:h2:retry:";

    /** The file database's URL, encrypted at rest ({@code CIPHER=AES}) when asked: see {@link #password}. */
    public static String fileUrl(java.nio.file.Path databaseBase, boolean encrypted) {
        return FILE_URL + databaseBase.toAbsolutePath() + ";AUTO_SERVER=TRUE;FILE_LOCK=SOCKET;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** What H2 takes as the password of an encrypted file: the file's key, a space, the user's password. */
    public static String password(String userPassword, String fileKey, boolean encrypted) {
        return encrypted ? fileKey + " " + userPassword : userPassword;
    }

    /** Opens the database; does not migrate. */
    public static SiteDatabase open(String url, String user, String password) {
        return new SiteDatabase(new HikariDataSource(pool(url, user, password)));
    }

    /**
     * Opens a database another machine of the centre serves (the centre's cache): a connection is
     * waited for 2 s at most, at the start too, so that a machine switched off costs a terminal a
     * moment, not its screens (they read elsewhere meanwhile: {@link PreferredSource}).
     */
    public static SiteDatabase openServed(String url, String user, String password) {
        HikariConfig config = pool(url, user, password);
        config.setConnectionTimeout(2_000);
        config.setInitializationFailTimeout(2_000);
        return new SiteDatabase(new HikariDataSource(config));
    }

    private static HikariConfig pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("madang");
        config.setInitializationFailTimeout(15_000);
        return config;
    }

    /**
     * Opens the county's PostgreSQL database (SCALE.md); does not migrate. Every wait is bounded:
     * one try at opening; a server that does not answer is given up after 5 s to connect and 10 s to log in, a
     * statement after 2 minutes (a county-wide year report takes seconds), a connection from the
     * pool after 10 s; TCP keep-alive notices a link that broke while idle.
     *
     * @param tls         {@code disable}, {@code require} (encrypted, certificate not checked) or
     *                    {@code verify-full} (certificate checked against {@code caFile}, name against the URL's host)
     * @param caFile      the county's certificate authority, for {@code verify-full}
     * @param application the name the server shows for this connection (the terminal's id)
     */
    public static SiteDatabase openPostgres(String url, String user, String password, String tls, java.nio.file.Path caFile,
            String application) {
        return openPostgres(url, user, password, tls, caFile, application, true);
    }

    /**
     * As {@link #openPostgres(String, String, String, String, java.nio.file.Path, String)}; without
     * {@code reachNow} the pool opens without a first connection (a terminal starting on its cache
     * while the county does not answer), and connects when asked for one.
     */
    public static SiteDatabase openPostgres(String url, String user, String password, String tls, java.nio.file.Path caFile,
            String application, boolean reachNow) {
        HikariConfig config = pool(url, user, password);
        config.setConnectionTimeout(10_000);
        // one try at opening: a wrong password or certificate does not come right by trying for 15 s
        config.setInitializationFailTimeout(reachNow ? 1 : -1);
        if (!reachNow) {
            config.setMinimumIdle(0);
        }
        config.addDataSourceProperty("sslmode", tls);
        if ("verify-full".equals(tls)) {
            config.addDataSourceProperty("sslrootcert", caFile.toAbsolutePath().toString());
        }
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("loginTimeout", "10");
        config.addDataSourceProperty("socketTimeout", "120");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "madang " + application);
        return new SiteDatabase(new HikariDataSource(config));
    }

    /**
     * The newest migration this build carries ({@code V<n>__*.sql} under {@code db/migration}); a test keeps it
     * equal to the newest file. A database whose last applied migration is this one, applied
     * successfully, is up to date without Flyway being loaded at all.
     */
    public static final String NEWEST_MIGRATION = "22";

    /**
     * Brings the schema up to date; returns how many migrations ran. The common case — a database
     * already at {@link #NEWEST_MIGRATION} — is one query on the history table, not Flyway's scan of
     * the class path (a third of a second at every start); anything else (new, older, a failed or a
     * newer migration) goes to Flyway, which migrates or refuses in its words.
     */
    public int migrate() {
        if (upToDate()) {
            return 0;
        }
        MigrateResult result = flyway().migrate();
        return result.migrationsExecuted;
    }

    /** Whether the newest applied migration is this build's newest, applied successfully. */
    boolean upToDate() {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
            return rs.next() && NEWEST_MIGRATION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (java.sql.SQLException e) {
            // no history table yet: a new database, for Flyway
            return false;
        }
    }

    /** Checks that the applied migrations match this build's; returns a plain problem, or empty. */
    public java.util.Optional<String> validate() {
        try {
            flyway().validate();
            return java.util.Optional.empty();
        } catch (FlywayException e) {
            return java.util.Optional.of(e.getMessage().lines().findFirst().orElse("migrations do not match"));
        }
    }

    /** The schema version now applied, or empty for a database without migrations. */
    public java.util.Optional<String> schemaVersion() {
        var current = flyway().info().current();
        return current == null ? java.util.Optional.empty() : java.util.Optional.of(current.getVersion().getVersion());
    }

    /**
     * The migrations: portable SQL in {@code db/migration/common}, and where a dialect must differ
     * (H2's {@code AUTO_INCREMENT} and {@code BLOB}, PostgreSQL's {@code STORED}) one file per engine
     * under {@code db/migration/h2} and {@code db/migration/postgresql}, the same version in each.
     */
    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS + "/common", MIGRATIONS + "/" + engine()).load();
    }

    private static final String MIGRATIONS = "classpath:db/migration";

    /** The engine's folder of migrations: {@code h2} or {@code postgresql}, from what the database says it is. */
    private String engine() {
        String product;
        try (java.sql.Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
        }
        return switch (product.toLowerCase(java.util.Locale.ROOT)) {
            case "h2" -> "h2";
            case "postgresql" -> "postgresql";
            default -> throw new IllegalStateException("the database is " + product + "; Madang runs on H2 or PostgreSQL");
        };
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Closes an H2 file database with compaction, after a bulk load (a seeded county site shrinks
     * from about 320 MB to 24 MB). Only for a process that is the database's sole user.
     */
    public void closeCompacted() {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            if (c.getMetaData().getURL().startsWith(FILE_URL)) {
                st.execute("SHUTDOWN COMPACT");
            }
        } catch (java.sql.SQLException e) {
            // H2 closes the connection under the statement once compaction is done
            if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw new IllegalStateException("the database could not be compacted: " + e.getMessage(), e);
            }
        } finally {
            dataSource.close();
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
