package org.madang.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.madang.config.SiteConfig;
import org.madang.core.site.SiteDirectory;
import org.madang.core.site.SiteKeys;
import org.madang.core.storage.SiteDatabase;

/**
 * A terminal's connection to its county's PostgreSQL (SCALE.md), and what a failed one means in
 * words; the centre's cache beside it, and what a kiosk does from the cache while the county does not answer.
 */
final class CountyConnection {
    private CountyConnection() {
    }

    /**
     * The county's PostgreSQL database (SCALE.md): its password from {@code keys/county.password},
     * TLS as {@code database.tls} says; what goes wrong on the way is said in plain words.
     */
    static SiteDatabase open(SiteDirectory dir, SiteConfig config) {
        var database = config.database();
        String password;
        try {
            password = SiteKeys.countyPassword(dir.keys(), database.user());
        } catch (IOException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Path ca = dir.keys().resolve(SiteKeys.COUNTY_CA);
        if (database.tls() == org.madang.config.DatabaseConfig.Tls.VERIFY && !Files.isRegularFile(ca)) {
            throw new UsageException("database.tls is verify, but the county's certificate authority is not in " + ca
                    + " (a PEM file from whoever runs the county's PostgreSQL)");
        }
        String tls = switch (database.tls()) {
            case OFF -> "disable";
            case REQUIRE -> "require";
            case VERIFY -> "verify-full";
        };
        try {
            return SiteDatabase.openPostgres(database.url(), database.user(), password, tls, ca, config.terminal().id());
        } catch (RuntimeException e) {
            String problem = countyProblem(database, SiteRuntime.rootMessage(e));
            if (problem.endsWith(UNREACHABLE) && hasCache(dir, config)) {
                // the centre's cache carries the kiosk until the county answers (SCALE.md): its pool connects when it can
                throw new Unreachable(problem, SiteDatabase.openPostgres(database.url(), database.user(), password, tls, ca,
                        config.terminal().id(), false));
            }
            throw new UsageException(problem, e);
        }
    }

    private static final String UNREACHABLE = " cannot be reached (is the server running, and the address and port right?)";

    /**
     * Whether the terminal has a cache filled before (the county answered once): one to start on.
     * A cache another terminal of the centre serves is taken to be one (it is opened next, and
     * says so plainly if it cannot be).
     */
    static boolean hasCache(SiteDirectory dir, SiteConfig config) {
        if (config.database().servedCache().isPresent()) {
            return true;
        }
        return config.database().cachePath().map(path -> dir.root().resolve(path + ".mv.db"))
                .map(file -> Files.isRegularFile(file) && file.toFile().length() > 0).orElse(false);
    }

    /** The county did not answer, but the centre's cache can carry the terminal: the county's pool, not yet connected. */
    static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SiteDatabase database;

        Unreachable(String problem, SiteDatabase database) {
            super(problem);
            this.database = database;
        }
    }

    /**
     * The centre's cache ({@code database.cache}): an H2 file under the site folder shared by the
     * centre's terminals on this machine, or the one another terminal of the centre serves
     * ({@code madang db serve} there) — opened, migrated like a site database, prepared.
     */
    static SiteDatabase openCache(SiteDirectory dir, String path, SiteKeys keys) {
        if (path.startsWith("jdbc:")) {
            SiteDatabase served;
            try {
                served = SiteDatabase.openServed(path, "madang", keys.databasePassword());
            } catch (RuntimeException e) {
                throw new UsageException("database.cache: the centre's cache at " + path + " does not answer (is madang db serve running on"
                        + " that machine, and keys/ the same as there?): " + SiteRuntime.rootMessage(e).strip(), e);
            }
            return prepared(served, path);
        }
        java.nio.file.Path base = dir.root().resolve(path);
        try {
            java.nio.file.Files.createDirectories(base.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UsageException("database.cache: " + base.getParent() + " cannot be made: " + e.getMessage(), e);
        }
        SiteDatabase cache;
        try {
            cache = SiteRuntime.openDatabase(dir, SiteDatabase.fileUrl(base), "madang", keys.databasePassword(), false);
        } catch (RuntimeException e) {
            if (!SiteRuntime.rootMessage(e).contains("Wrong user name or password")) {
                throw e;
            }
            // a copy made under other keys (a county made again, keys/ replaced): kept aside, not read, and a new one made
            java.nio.file.Path file = java.nio.file.Path.of(base + ".mv.db");
            java.nio.file.Path aside = java.nio.file.Path.of(base + ".mv.db.other-keys-" + System.currentTimeMillis());
            try {
                java.nio.file.Files.move(file, aside);
            } catch (IOException moving) {
                throw new UsageException("database.cache: the centre's cache " + file + " was made under other keys and cannot be moved"
                        + " aside: " + moving.getMessage(), moving);
            }
            org.slf4j.LoggerFactory.getLogger(CountyConnection.class).warn("the centre's cache {} was made under other keys than {}: kept"
                    + " as {} and made again from the county", file, dir.keys(), aside.getFileName());
            cache = SiteRuntime.openDatabase(dir, SiteDatabase.fileUrl(base), "madang", keys.databasePassword(), false);
        }
        return prepared(cache, base + ".mv.db");
    }

    private static SiteDatabase prepared(SiteDatabase cache, String where) {
        try {
            cache.migrate();
            org.madang.core.county.CentreCache.prepare(cache.dataSource());
            StartupProbe.mark("cache opened");
            return cache;
        } catch (java.sql.SQLException | RuntimeException e) {
            cache.close();
            throw new UsageException("database.cache: the centre's cache " + where + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * The way a kiosk with the centre's cache checks bookings in while the county does not answer:
     * the link says when, the cache holds the bookings and keeps the check-ins until they are sent.
     */
    static org.madang.core.booking.CheckIns.Offline checkInsHere(SiteRuntime site, org.madang.core.county.CentreCache cache) {
        return new org.madang.core.booking.CheckIns.Offline() {
            @Override
            public boolean countyDown() {
                return !site.link.up();
            }

            @Override
            public java.util.Optional<org.madang.core.booking.Booking> cached(long bookingId) {
                return new org.madang.core.booking.BookingStore(site.reads()).byId(bookingId);
            }

            @Override
            public void taken(long bookingId, java.time.LocalDateTime at) {
                try {
                    cache.checkedInHere(bookingId, at);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("the centre's cache did not keep the check-in: " + e.getMessage(), e);
                }
            }
        };
    }

    /** What a failed connection to the county's database means, for the person who set it up. */
    static String countyProblem(org.madang.config.DatabaseConfig database, String cause) {
        String where = "the county database " + database.url().replaceFirst("\\?.*", "");
        String lower = cause.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("password authentication failed") || lower.contains("authentication failed")) {
            return where + " refused user " + database.user() + " with the password in keys/" + SiteKeys.COUNTY_PASSWORD;
        }
        if (lower.contains("does not exist") && lower.contains("database")) {
            return where + " does not exist on that server (the county's administrator makes it: CREATE DATABASE … OWNER "
                    + database.user() + ")";
        }
        if (lower.contains("does not support ssl")) {
            return where + " does not offer TLS; set database.tls: off only if the link is private";
        }
        if (lower.contains("no pg_hba.conf entry") && lower.contains("no encryption")) {
            return where + " accepts only encrypted connections: set database.tls: verify (or require)";
        }
        if (lower.contains("no pg_hba.conf entry")) {
            return where + " does not let user " + database.user() + " in from this machine (its pg_hba.conf)";
        }
        if (lower.contains("role") && lower.contains("does not exist")) {
            return where + " has no user " + database.user() + " (database.user)";
        }
        if (lower.contains("connection refused") || lower.contains("timed out") || lower.contains("unknownhost")
                || lower.contains("unknown host") || lower.contains("no route to host")) {
            return where + UNREACHABLE;
        }
        if (lower.contains("pkix") || lower.contains("certificate") || lower.contains("hostname") || lower.contains("ssl")) {
            return where + " did not prove who it is over TLS (its certificate is not signed by keys/" + SiteKeys.COUNTY_CA
                    + ", or not issued for that host name)";
        }
        return where + " could not be opened: " + cause.strip();
    }

}
