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
import org.madang.core.booking.BookingRules;
import org.madang.core.booking.BookingSweeper;
import org.madang.core.booking.Cancellations;
import org.madang.core.booking.CheckIns;
import org.madang.core.booking.Lottery;
import org.madang.core.booking.Waitlist;
import org.madang.core.booking.FacilityUses;
import org.madang.core.civil.CivilRecords;
import org.madang.core.civil.SiteCivilRecords;
import org.madang.core.course.CourseAttendance;
import org.madang.core.course.CourseCatalogue;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CoursePolicy;
import org.madang.core.course.CourseSweeper;
import org.madang.core.course.CourseWishes;
import org.madang.core.course.LearningHistory;
import org.madang.core.document.DocumentComposer;
import org.madang.core.document.DocumentFonts;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentPdf;
import org.madang.core.document.DocumentSigner;
import org.madang.core.document.DocumentTypes;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.document.DocumentWords;
import org.madang.core.site.DataCipher;
import org.madang.core.facility.SlotPlanner;
import org.madang.core.notice.NoticeBoard;
import org.madang.core.payment.FeesDue;
import org.madang.core.payment.Payments;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueuePolicy;
import org.madang.core.queue.TicketQueue;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.terminal.StaffCalls;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.PasswordHasher;
import org.madang.core.event.EventLog;
import org.madang.core.facility.FacilityStore;
import org.madang.core.receipt.Receipts;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.ResidentStore;
import org.madang.core.resident.RrnCipher;
import org.madang.core.site.SiteDirectory;
import org.madang.core.county.Centres;
import org.madang.core.site.SiteKeys;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;

/**
 * One site opened by one process: its folder, configuration, keys, database (migrated) and the
 * services over them. The only place that chooses concrete stores.
 */
final class SiteRuntime implements AutoCloseable {
    final SiteDirectory dir;
    final SiteConfig config;
    final SiteKeys keys;
    final SiteDatabase database;
    final Clock clock;
    final Terminal terminal;
    /** The centre's H2 cache of the county's database ({@code database.cache}), where screens read; none on a site's own H2. */
    final java.util.Optional<SiteDatabase> cacheDatabase;
    private final org.jdbi.v3.core.Jdbi reads;
    /** The follower of the county's event log into {@link #cacheDatabase}, one for the terminal. */
    private final java.util.Optional<org.madang.core.county.CentreCache> cache;
    /** The link to the county as the cache's follower finds it; always up without a cache. */
    final org.madang.core.county.CountyLink link;
    final SecureRandom random = new SecureRandom();
    /** The keys of the centres moved into the county after the first, read at first need ({@link #formerKeys()}). */
    private volatile java.util.Map<String, SiteKeys> formerKeys;
    private BookingRules rules;
    private DocumentPdf documentPdf;
    private java.util.function.Supplier<CoursePolicy> coursePolicy;

    private SiteRuntime(SiteDirectory dir, SiteConfig config, SiteKeys keys, SiteDatabase database,
                        java.util.Optional<SiteDatabase> cacheDatabase, Clock clock) {
        this.dir = dir;
        this.config = config;
        this.keys = keys;
        this.database = database;
        this.cacheDatabase = cacheDatabase;
        this.reads = cacheDatabase.map(c -> org.jdbi.v3.core.Jdbi.create(new org.madang.core.storage.PreferredSource(c.dataSource(),
                database.dataSource(), Clock.systemUTC(), java.time.Duration.ofSeconds(30)))).orElse(database.jdbi());
        this.clock = clock;
        this.cache = cacheDatabase.map(c -> new org.madang.core.county.CentreCache(database.dataSource(), c.dataSource(), clock));
        this.terminal = new Terminal(config.terminal().id(), config.site().code());
        this.link = new org.madang.core.county.CountyLink(clock);
    }

    /** Reads the site's configuration; a bad file is a {@link UsageException} naming file, line and key. */
    static SiteConfig loadConfig(SiteDirectory dir, List<String> sets, Map<String, String> env) {
        try {
            SiteConfig config = new SiteConfigLoader().load(dir.siteFile(), env, sets);
            StartupProbe.mark("site file read");
            return config;
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

    /**
     * For commands that read an existing site: its configuration read once, a folder without a
     * database refused (see {@link #requireDatabase}), then the site opened.
     */
    static SiteRuntime openExisting(SiteDirectory dir, List<String> sets, Map<String, String> env, String command) {
        SiteConfig config = loadConfig(dir, sets, env);
        requireDatabase(dir, config, command);
        return open(dir, config, Clock.systemDefaultZone());
    }

    /** Opens the site: creates missing folders and keys, opens and migrates the database. */
    static SiteRuntime open(SiteDirectory dir, SiteConfig config, Clock clock) {
        return open(dir, config, clock, true);
    }

    /**
     * Opens the site; with {@code checkKeys}, a database shared over the network (a county's, or
     * one {@code madang db serve} hosts) is refused when its newest event does not check with this
     * terminal's keys/audit.key — every terminal of one database needs the same keys/, or its events
     * would break the chain for all. {@code madang db check} opens without, to say what is wrong.
     */
    static SiteRuntime open(SiteDirectory dir, SiteConfig config, Clock clock, boolean checkKeys) {
        try {
            dir.create();
            SiteKeys keys = SiteKeys.loadOrCreate(dir.keys(), new SecureRandom());
            StartupProbe.mark("keys read");
            SiteDatabase db;
            String unreachable = null;
            if (config.database().postgres()) {
                try {
                    db = CountyConnection.open(dir, config);
                } catch (CountyConnection.Unreachable offline) {
                    // a centre with its cache starts on it; the county's checks wait for its first answer
                    db = offline.database;
                    unreachable = offline.getMessage();
                }
            } else {
                db = openH2(dir, config, keys);
            }
            StartupProbe.mark("database opened");
            if (unreachable == null) {
                db.migrate();
                StartupProbe.mark("migrations checked");
            }
            java.util.Optional<SiteDatabase> cache;
            try {
                cache = config.database().cachePath().map(path -> CountyConnection.openCache(dir, path, keys));
            } catch (UsageException e) {
                if (unreachable != null || config.database().servedCache().isEmpty()) {
                    db.close();
                    throw e;
                }
                // the centre's cache machine is off, the county answers: the terminal works on the county, without the cache's outage ways
                org.slf4j.LoggerFactory.getLogger(SiteRuntime.class).warn("{}; this terminal reads the county directly until it is started"
                        + " again with the centre's cache", e.getMessage());
                cache = java.util.Optional.empty();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            SiteRuntime runtime = new SiteRuntime(dir, config, keys, db, cache, clock.withZone(config.site().zone()));
            if (unreachable != null) {
                runtime.link.lost(unreachable);
                return runtime;
            }
            try {
                runtime.countyChecks(checkKeys);
            } catch (IllegalStateException e) {
                runtime.close();
                throw new UsageException(e.getMessage(), e);
            }
            if (cache.isPresent()) {
                runtime.catchUpCache();
            }
            return runtime;
        } catch (IOException e) {
            throw new UsageException("site " + dir.root() + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Whether the shared database's checks have been made (at the start, or at its first answer after a start without it). */
    private volatile boolean countyChecked;

    /**
     * The checks a terminal makes of a shared database before it writes: its keys/ are the
     * database's (with {@code checkKeys}: the newest event checks with this terminal's audit key —
     * every terminal of one database needs the same keys/, or its events would break the chain for
     * all), and its centre is made known (a terminal id another centre's terminal has is refused).
     *
     * @throws IllegalStateException naming what is wrong
     */
    private void countyChecks(boolean checkKeys) {
        if (checkKeys && config.database().remoteUrl().isPresent() && !events().newestChecksWithThisKey()) {
            throw new IllegalStateException(dir.keys() + " is not the keys/ of the other terminals of " + config.database().url()
                    + ": the newest event there does not check with its audit.key. Every terminal of one database (each centre of a"
                    + " county) needs a copy of the same keys/ folder (or that event was altered: madang db check tells)");
        }
        try {
            new Centres(database.jdbi()).register(events(), config.site().name());
        } catch (Centres.TerminalOfAnotherCentre e) {
            throw new IllegalStateException(dir.siteFile() + ": " + e.getMessage(), e);
        }
        countyChecked = true;
    }

    /**
     * A terminal that started on its cache while the county did not answer makes the county's
     * checks at its first answer: the schema, the keys, its centre. Until they pass nothing is
     * written there (the link stays down, with what is wrong as its problem). Without a start like
     * that, nothing to do.
     */
    synchronized void checkCountyOnce() {
        if (!countyChecked) {
            database.migrate();
            countyChecks(true);
        }
    }

    /** The follower of the county's event log that keeps the cache fresh; empty without a cache. */
    java.util.Optional<org.madang.core.county.CentreCache> cache() {
        return cache;
    }

    /**
     * Brings the cache up to the county's newest event before screens read it (a new cache is
     * loaded whole here, once); tells the link what happened.
     */
    void catchUpCache() {
        cache().ifPresent(cache -> {
            try {
                cache.follow();
                link.heard();
            } catch (java.sql.SQLException | RuntimeException e) {
                link.lost(rootMessage(e));
            }
        });
    }

    /**
     * Where screens read what the cache holds (catalogue, availability, notices): the cache, else
     * the database; with a cache, the county while the cache gives no connection (its machine off).
     */
    org.jdbi.v3.core.Jdbi reads() {
        return reads;
    }

    /** The site's H2 database: its own file, or one hosted by {@code madang db serve}. */
    private static SiteDatabase openH2(SiteDirectory dir, SiteConfig config, SiteKeys keys) {
        boolean encrypted = config.database().encrypted();
        String url = config.database().remoteUrl().map(u -> encrypted && !u.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=")
                ? u + ";CIPHER=AES" : u).orElse(SiteDatabase.fileUrl(dir.databaseBase(), encrypted));
        return openDatabase(dir, url, config.database().user(),
                SiteDatabase.password(keys.databasePassword(), keys.databaseFileKey(), encrypted), encrypted);
    }

    /** Opens the database, saying in plain words when the file and {@code database.encrypted} disagree. */
    static SiteDatabase openDatabase(SiteDirectory dir, String url, String user, String password, boolean encrypted) {
        try {
            return SiteDatabase.open(url, user, password);
        } catch (RuntimeException e) {
            String cause = rootMessage(e);
            if (cause.contains("Locked by another computer")) {
                throw new UsageException(dir.root() + ": the database's lock file (data/madang.lock.db) names another computer's"
                        + " address; if no terminal on another computer opens this folder (it has moved, or this computer's address"
                        + " changed), delete that file and start again", e);
            }
            if (dir.hasDatabase() && (cause.contains("Wrong user name or password") || cause.contains("File corrupted")
                    || cause.contains("encrypted") || cause.contains("Encryption"))) {
                throw new UsageException(dir.root() + ": the database file does not open " + (encrypted
                        ? "as an encrypted file with keys/db-file.key (is it encrypted? madang db encrypt changes a plain one)"
                        : "as a plain file (is it encrypted? then set database.encrypted: true)") + " — or keys/ is not this site's", e);
            }
            throw e;
        }
    }

    static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }

    /**
     * Opens the site as a terminal of {@code role}: where the site file describes another role
     * (a kiosk's, or none), this process takes the role and the id {@code <role>-<counter number>}
     * (counter-1, display-1), so a kiosk, a counter and a board on one machine stay apart in the
     * audit trail. Explicit {@code --set} values still win.
     */
    static SiteRuntime openAs(Path site, org.madang.config.TerminalRole role, List<String> sets, Map<String, String> env) {
        SiteDirectory dir = new SiteDirectory(site);
        SiteConfig config = loadConfig(dir, sets, env);
        if (config.terminal().role() != role) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            List<String> as = new java.util.ArrayList<>(List.of("terminal.role=" + name,
                    "terminal.id=" + name + "-" + config.counter().number()));
            as.addAll(sets);
            config = loadConfig(dir, as, env);
        }
        return open(dir, config, Clock.systemDefaultZone());
    }

    static SiteRuntime open(Path site, List<String> sets, Map<String, String> env) {
        SiteDirectory dir = new SiteDirectory(site);
        return open(dir, loadConfig(dir, sets, env), Clock.systemDefaultZone());
    }

    EventLog events() {
        return new EventLog(database.jdbi(), clock, terminal, keys.auditKey());
    }

    FacilityStore facilities() {
        return new FacilityStore(reads());
    }

    RrnCipher cipher() {
        return new RrnCipher(keys, random);
    }

    ResidentStore residents() {
        return new ResidentStore(database.jdbi(), cipher());
    }

    /**
     * The site's booking rules, read again every few seconds (a figure changed at the counter counts
     * without a restart); a malformed stored figure at start is a {@link UsageException} naming it.
     */
    synchronized BookingRules rules() {
        if (rules == null) {
            try {
                // from the cache at a centre that has one: read fast, and still there when the county does not answer
                rules = BookingRules.live(reads(), clock);
            } catch (IllegalArgumentException e) {
                throw new UsageException("the site's booking policy: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    BookingService bookings(EventLog events) {
        return new BookingService(database.jdbi(), events, facilities(), residents(), rules(), clock, terminal);
    }

    Waitlist waitlist(EventLog events) {
        return new Waitlist(database.jdbi(), events, facilities(), residents(), rules(), clock, terminal);
    }

    Cancellations cancellations(EventLog events) {
        return new Cancellations(database.jdbi(), events, facilities(), rules(), waitlist(events), clock, terminal);
    }

    /**
     * Check-ins by a booking receipt's code; at a centre with a cache, taken in the cache while the
     * county does not answer and sent when it does ({@link CountyWatch}).
     */
    CheckIns checkIns(EventLog events) {
        CheckIns checkIns = new CheckIns(database.jdbi(), events, facilities(), tokens(), rules(), clock);
        return cache().map(cache -> checkIns.offline(CountyConnection.checkInsHere(this, cache))).orElse(checkIns);
    }

    Lottery lottery(EventLog events) {
        return new Lottery(database.jdbi(), events, facilities(), residents(), rules(), random, clock, terminal);
    }

    /** The course rules, read again every few seconds, one reading shared by this terminal's services. */
    synchronized java.util.function.Supplier<CoursePolicy> coursePolicy() {
        if (coursePolicy == null) {
            try {
                coursePolicy = org.madang.core.Fresh.of(() -> CoursePolicy.load(database.jdbi()), clock);
            } catch (IllegalArgumentException e) {
                throw new UsageException("the site's course policy: " + e.getMessage(), e);
            }
        }
        return coursePolicy;
    }

    CourseCatalogue courseCatalogue() {
        return new CourseCatalogue(database.jdbi());
    }

    CourseEnrolments courses(EventLog events) {
        return new CourseEnrolments(database.jdbi(), events, coursePolicy(), clock, terminal);
    }

    /** Course check-ins; at a terminal of a county, answered at once in plain words while the county does not answer. */
    CourseAttendance courseAttendance(EventLog events) {
        CourseAttendance attendance = new CourseAttendance(database.jdbi(), events, tokens(), clock, terminal);
        return config.database().postgres() ? attendance.linked(() -> !link.up()) : attendance;
    }

    CourseWishes courseWishes(EventLog events) {
        return new CourseWishes(database.jdbi(), events, clock, terminal);
    }

    CourseSweeper courseSweeper(EventLog events) {
        return new CourseSweeper(database.jdbi(), events, courses(events), coursePolicy(), random, clock);
    }

    BookingSweeper sweeper(EventLog events) {
        return new BookingSweeper(database.jdbi(), events, facilities(), rules(), waitlist(events), lottery(events), clock, terminal);
    }

    SlotPlanner slotPlanner(EventLog events) {
        return new SlotPlanner(database.jdbi(), events, facilities());
    }

    ResidentMessages residentMessages() {
        return new ResidentMessages(database.jdbi(), events());
    }

    /**
     * Queue tickets; at a centre with a cache, taken in the cache while the county does not
     * answer and sent when it does ({@link CountyWatch}).
     */
    TicketQueue queue(EventLog events) {
        TicketQueue queue = new TicketQueue(database.jdbi(), events, clock, terminal);
        return queueCache().map(queue::offline).orElse(queue);
    }

    /** The centre's queue in its cache, while the county does not answer (a centre with a cache). */
    private java.util.Optional<TicketQueue.Offline> queueCache() {
        return cacheDatabase.map(cache -> new TicketQueue.Offline() {
            @Override
            public boolean countyDown() {
                return !link.up();
            }

            @Override
            public org.jdbi.v3.core.Jdbi cache() {
                return cache.jdbi();
            }

            @Override
            public void takenAtCounty() {
                catchUpCache();
            }
        });
    }

    Payments payments(EventLog events) {
        BookingRules now = rules();
        return new Payments(database.jdbi(), events, clock, terminal, () -> now.policy().seniorAge());
    }

    FeesDue feesDue() {
        return new FeesDue(database.jdbi());
    }

    /**
     * The desks' queue; at a centre with a cache, called from the cache while the county does not
     * answer, the acts given to it when it does ({@link CountyWatch}).
     */
    CounterQueue counterQueue(EventLog events) {
        CounterQueue queue = new CounterQueue(database.jdbi(), events, QueuePolicy.DEFAULTS, clock, terminal.site());
        return queueCache().map(queue::offline).orElse(queue);
    }

    NoticeBoard notices(EventLog events) {
        return new NoticeBoard(reads(), database.jdbi(), events, clock, this::catchUpCache);
    }

    StaffCalls staffCalls(EventLog events) {
        return new StaffCalls(database.jdbi(), events, clock, terminal);
    }

    org.madang.core.terminal.Fleet fleet(EventLog events) {
        return new org.madang.core.terminal.Fleet(database.jdbi(), events, clock, terminal);
    }

    /** This centre's reports: its own rows of a county's database. */
    org.madang.core.report.SiteReports reports(EventLog events) {
        return reports(events, false);
    }

    /** This centre's reports, or with {@code county} the whole county's (every centre's rows, under the county's name). */
    org.madang.core.report.SiteReports reports(EventLog events, boolean county) {
        return new org.madang.core.report.SiteReports(database.jdbi(), fleet(events), satisfaction(events), clock,
                county ? config.site().county() : config.site().name(), new PracticeFigures(dir, System.getenv()),
                county ? org.madang.core.report.ReportScope.county() : org.madang.core.report.ReportScope.centre(terminal.site()));
    }

    /** Free space on the disk the site is kept on, in MB (receipts, documents and logs are written there). */
    long freeDiskMb() {
        try {
            return java.nio.file.Files.getFileStore(dir.root()).getUsableSpace() / (1024 * 1024);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    org.madang.core.survey.Satisfaction satisfaction(EventLog events) {
        return new org.madang.core.survey.Satisfaction(database.jdbi(), events, clock, terminal);
    }

    BookingStore bookingStore() {
        return new BookingStore(database.jdbi());
    }

    Receipts receipts() {
        return new Receipts(config.site().name(), new CheckInToken(keys.tokenKey()), clock);
    }

    /** The document writer with the site's Hangul TrueType font, read once; a {@link UsageException} when there is none. */
    synchronized DocumentPdf documentPdf() {
        if (documentPdf == null) {
            java.nio.file.Path font = DocumentFonts.find(config.ui().font()).orElseThrow(() -> new UsageException(DocumentFonts.missing()));
            try {
                documentPdf = DocumentPdf.withFont(font, new DocumentWords());
            } catch (IOException e) {
                throw new UsageException("the document font " + font + " cannot be read: " + e.getMessage(), e);
            }
        }
        return documentPdf;
    }

    DocumentSigner signer() {
        return new DocumentSigner(keys.documentKeys());
    }

    CivilRecords civilRecords() {
        return new SiteCivilRecords(database.jdbi(), cipher());
    }

    DocumentTypes documentTypes() {
        return new DocumentTypes(database.jdbi());
    }

    DocumentIssuing documents(EventLog events) {
        DocumentComposer composer = new DocumentComposer(civilRecords(), new LearningHistory(database.jdbi()),
                new FacilityUses(database.jdbi()), new DocumentWords());
        return new DocumentIssuing(database.jdbi(), events, documentTypes(), civilRecords(), composer, documentPdf(), signer(),
                new DataCipher(keys, random), config.site().name(), clock, terminal, random);
    }

    LearningHistory learningHistory() {
        return new LearningHistory(database.jdbi());
    }

    ResidentPins pins(EventLog events) {
        Map<String, RrnCipher> formers = new java.util.TreeMap<>();
        formerKeys().forEach((code, k) -> formers.put(code, new RrnCipher(k, random)));
        return new ResidentPins(database.jdbi(), events, cipher(), formers);
    }

    DocumentVerifier verifier() {
        return new DocumentVerifier(database.jdbi(), signer(), documentTypes(),
                formerKeys().values().stream().map(k -> new DocumentSigner(k.documentKeys())).toList());
    }

    /** The check-in codes this site prints, and those the centres moved into the county printed before their move. */
    CheckInToken tokens() {
        List<CheckInToken.Former> formers = formerKeys().entrySet().stream()
                .map(e -> new CheckInToken.Former(e.getKey(), e.getValue().tokenKey())).toList();
        return new CheckInToken(keys.tokenKey(), formers, (centre, table, oldId) -> database.jdbi().withHandle(h -> h.createQuery(
                "SELECT new_id FROM moved_id WHERE centre = :c AND table_name = :t AND old_id = :o")
                .bind("c", centre).bind("t", table).bind("o", oldId).mapTo(Long.class).findOne()));
    }

    /** The keys of centres moved into the county after the first (keys/centres/), read once. */
    private java.util.Map<String, SiteKeys> formerKeys() {
        java.util.Map<String, SiteKeys> known = formerKeys;
        if (known == null) {
            try {
                known = SiteKeys.formerCentres(dir.keys());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the keys of the centres moved into the county (" + dir.keys().resolve("centres")
                        + ") cannot be read: " + e.getMessage(), e);
            }
            formerKeys = known;
        }
        return known;
    }

    PasswordHasher passwordHasher() {
        return new PasswordHasher(random, PasswordHasher.DEFAULT_ITERATIONS);
    }

    ClerkService clerks(EventLog events) {
        return new ClerkService(database.jdbi(), events, passwordHasher(), clock);
    }

    org.madang.core.clerk.ClerkAccounts clerkAccounts(EventLog events) {
        return new org.madang.core.clerk.ClerkAccounts(database.jdbi(), events, passwordHasher(), random, clock);
    }

    @Override
    public void close() {
        cacheDatabase.ifPresent(SiteDatabase::close);
        database.close();
    }
}
