package org.madang.app;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.madang.config.ConfigException;
import org.madang.config.SiteConfig;
import org.madang.config.SiteConfigLoader;
import org.madang.core.booking.BookingService;
import org.madang.core.booking.BookingStore;
import org.madang.core.booking.CheckInToken;
import org.madang.core.booking.FeeRule;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.PasswordHasher;
import org.madang.core.event.EventLog;
import org.madang.core.facility.FacilityStore;
import org.madang.core.receipt.Receipts;
import org.madang.core.resident.ResidentStore;
import org.madang.core.resident.RrnCipher;
import org.madang.core.site.SiteDirectory;
import org.madang.core.site.SiteKeys;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;

/**
 * One site opened by one process: its folder, configuration, keys, database (migrated) and the
 * services over them. The only place that chooses concrete stores.
 */
final class SiteRuntime implements AutoCloseable {
    /** POLICIES.md: county residents pay half. */
    static final int RESIDENT_DISCOUNT_PERCENT = 50;

    final SiteDirectory dir;
    final SiteConfig config;
    final SiteKeys keys;
    final SiteDatabase database;
    final Clock clock;
    final Terminal terminal;
    final SecureRandom random = new SecureRandom();

    private SiteRuntime(SiteDirectory dir, SiteConfig config, SiteKeys keys, SiteDatabase database, Clock clock) {
        this.dir = dir;
        this.config = config;
        this.keys = keys;
        this.database = database;
        this.clock = clock;
        this.terminal = new Terminal(config.terminal().id());
    }

    /** Reads the site's configuration; a bad file is a {@link UsageException} naming file, line and key. */
    static SiteConfig loadConfig(SiteDirectory dir, List<String> sets, Map<String, String> env) {
        try {
            return new SiteConfigLoader().load(dir.siteFile(), env, sets);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * For commands that read an existing site: refuses a folder whose database does not exist
     * yet (rather than creating an empty one), unless the database lives on a server.
     */
    static void requireDatabase(SiteDirectory dir, SiteConfig config, String command) {
        if (config.database().remoteUrl().isEmpty() && !dir.hasDatabase()) {
            throw new UsageException(command + ": " + dir.root() + " has no site database (make one with madang demo-data --site "
                    + dir.root() + ")");
        }
    }

    /** Opens the site: creates missing folders and keys, opens and migrates the database. */
    static SiteRuntime open(SiteDirectory dir, SiteConfig config, Clock clock) {
        try {
            dir.create();
            SiteKeys keys = SiteKeys.loadOrCreate(dir.keys(), new SecureRandom());
            String url = config.database().remoteUrl().orElse(SiteDatabase.fileUrl(dir.databaseBase()));
            SiteDatabase db = SiteDatabase.open(url, config.database().user(), keys.databasePassword());
            db.migrate();
            return new SiteRuntime(dir, config, keys, db, clock.withZone(config.site().zone()));
        } catch (IOException e) {
            throw new UsageException("site " + dir.root() + " cannot be opened: " + e.getMessage(), e);
        }
    }

    static SiteRuntime open(Path site, List<String> sets, Map<String, String> env) {
        SiteDirectory dir = new SiteDirectory(site);
        return open(dir, loadConfig(dir, sets, env), Clock.systemDefaultZone());
    }

    EventLog events() {
        return new EventLog(database.jdbi(), clock, terminal);
    }

    FacilityStore facilities() {
        return new FacilityStore(database.jdbi());
    }

    RrnCipher cipher() {
        return new RrnCipher(keys, random);
    }

    ResidentStore residents() {
        return new ResidentStore(database.jdbi(), cipher());
    }

    BookingService bookings(EventLog events) {
        return new BookingService(database.jdbi(), events, facilities(), residents(), new FeeRule(RESIDENT_DISCOUNT_PERCENT),
                clock, terminal);
    }

    BookingStore bookingStore() {
        return new BookingStore(database.jdbi());
    }

    Receipts receipts() {
        return new Receipts(config.site().name(), new CheckInToken(keys.tokenKey()), clock);
    }

    PasswordHasher passwordHasher() {
        return new PasswordHasher(random, PasswordHasher.DEFAULT_ITERATIONS);
    }

    ClerkService clerks(EventLog events) {
        return new ClerkService(database.jdbi(), events, passwordHasher(), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
