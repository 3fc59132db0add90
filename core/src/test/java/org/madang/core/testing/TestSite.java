package org.madang.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.madang.core.booking.BookingService;
import org.madang.core.booking.BookingStore;
import org.madang.core.booking.CheckInToken;
import org.madang.core.booking.BookingRules;
import org.madang.core.booking.BookingSweeper;
import org.madang.core.booking.Cancellations;
import org.madang.core.booking.CheckIns;
import org.madang.core.booking.Lottery;
import org.madang.core.payment.FeesDue;
import org.madang.core.payment.Payments;
import org.madang.core.booking.Waitlist;
import org.madang.core.booking.FacilityUses;
import org.madang.core.civil.SiteCivilRecords;
import org.madang.core.course.CourseAttendance;
import org.madang.core.course.CourseCatalogue;
import org.madang.core.course.CourseSweeper;
import org.madang.core.course.CourseWishes;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CoursePolicy;
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
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueuePolicy;
import org.madang.core.queue.TicketQueue;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.terminal.StaffCalls;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.ClerkAccounts;
import org.madang.core.clerk.ClerkService;
import org.madang.core.clerk.Role;
import org.madang.core.clerk.PasswordHasher;
import org.madang.core.demo.DemoScale;
import org.madang.core.demo.DemoSeeder;
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
 * A real site for tests: a folder with keys and an H2 file database, migrated and (optionally)
 * seeded with the small demo, on a fixed clock. Other modules use it through core's test-jar.
 */
public final class TestSite implements AutoCloseable {
    /** Saturday 21 November 2026, 10:00 in Seoul: the day every test site lives in. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    public final SiteDirectory dir;
    public final SiteKeys keys;
    public final SiteDatabase database;
    public final TestClock clock;
    public final Terminal terminal;
    private DocumentPdf documentPdf;

    private TestSite(SiteDirectory dir, SiteKeys keys, SiteDatabase database, TestClock clock, Terminal terminal) {
        this.dir = dir;
        this.keys = keys;
        this.database = database;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** An empty, migrated site in {@code root}. */
    public static TestSite empty(Path root) {
        return open(root, new Terminal("kiosk-test"));
    }

    /** A site in {@code root} seeded with the small demo (the same for every test). */
    public static TestSite seeded(Path root) {
        TestSite site = empty(root);
        site.seeder().seed(DemoScale.SMALL, 7, "마당군");
        return site;
    }

    /** Opens an existing test site again (as a second terminal would). */
    public static TestSite open(Path root, Terminal terminal) {
        try {
            SiteDirectory dir = new SiteDirectory(root);
            dir.create();
            SiteKeys keys = SiteKeys.loadOrCreate(dir.keys(), new SecureRandom());
            SiteDatabase db = TestEngines.open(root, dir.databaseBase(), keys.databasePassword());
            db.migrate();
            TestClock clock = new TestClock(NOW, ZONE);
            TestSite site = new TestSite(dir, keys, db, clock, terminal);
            if (!terminal.site().equals(org.madang.config.SiteIdentity.OWN)) {
                // a terminal of another centre of a county database: its centre made known as a terminal's start does
                new org.madang.core.county.Centres(db.jdbi()).register(site.events(), "센터 " + terminal.site());
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh temporary folder for a site. */
    public static Path tempRoot() {
        try {
            return Files.createTempDirectory("madang-test-site-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EventLog events() {
        return new EventLog(database.jdbi(), clock, terminal, keys.auditKey());
    }

    public FacilityStore facilities() {
        return new FacilityStore(database.jdbi());
    }

    public RrnCipher cipher() {
        return new RrnCipher(keys, new SecureRandom());
    }

    public ResidentStore residents() {
        return new ResidentStore(database.jdbi(), cipher());
    }

    /** The site's booking rules as stored (POLICIES.md's defaults unless a test changed them). */
    public BookingRules rules() {
        return BookingRules.load(database.jdbi());
    }

    public BookingService bookings() {
        return new BookingService(database.jdbi(), events(), facilities(), residents(), rules(), clock, terminal);
    }

    public Waitlist waitlist() {
        return new Waitlist(database.jdbi(), events(), facilities(), residents(), rules(), clock, terminal);
    }

    public Cancellations cancellations() {
        return new Cancellations(database.jdbi(), events(), facilities(), rules(), waitlist(), clock, terminal);
    }

    public CheckIns checkIns() {
        return new CheckIns(database.jdbi(), events(), facilities(), new CheckInToken(keys.tokenKey()), rules(), clock);
    }

    /** A lottery whose draws are the same on every run. */
    public Lottery lottery() {
        return new Lottery(database.jdbi(), events(), facilities(), residents(), rules(), new java.util.Random(42), clock, terminal);
    }

    public BookingSweeper sweeper() {
        return new BookingSweeper(database.jdbi(), events(), facilities(), rules(), waitlist(), lottery(), clock, terminal);
    }

    public Payments payments() {
        return new Payments(database.jdbi(), events(), clock, terminal, rules().policy().seniorAge());
    }

    public FeesDue feesDue() {
        return new FeesDue(database.jdbi());
    }

    public ResidentMessages messages() {
        return new ResidentMessages(database.jdbi(), events());
    }

    public TicketQueue queue() {
        return new TicketQueue(database.jdbi(), events(), clock, terminal);
    }

    public org.madang.core.residentfile.ResidentSearch residentSearch() {
        return new org.madang.core.residentfile.ResidentSearch(database.jdbi(), cipher(), checkIns(), courseAttendance(), verifier(), clock);
    }

    public org.madang.core.residentfile.ResidentFiles residentFiles() {
        return new org.madang.core.residentfile.ResidentFiles(database.jdbi(), cipher(), events(), messages(), feesDue(), payments(), clock);
    }

    public org.madang.core.resident.ResidentRegistry residentRegistry() {
        return new org.madang.core.resident.ResidentRegistry(database.jdbi(), cipher(), events(), clock);
    }

    public CounterQueue counterQueue() {
        return new CounterQueue(database.jdbi(), events(), QueuePolicy.DEFAULTS, clock, terminal.site());
    }

    public NoticeBoard notices() {
        return new NoticeBoard(database.jdbi(), events(), clock);
    }

    public StaffCalls staffCalls() {
        return new StaffCalls(database.jdbi(), events(), clock, terminal);
    }

    public org.madang.core.terminal.Fleet fleet() {
        return new org.madang.core.terminal.Fleet(database.jdbi(), events(), clock, terminal);
    }

    public org.madang.core.survey.Satisfaction satisfaction() {
        return new org.madang.core.survey.Satisfaction(database.jdbi(), events(), clock, terminal);
    }

    public SlotPlanner slotPlanner() {
        return new SlotPlanner(database.jdbi(), events(), facilities());
    }

    /** Runs a statement (test set-up: a policy figure, a resident's flag). */
    public void execute(String sql) {
        database.jdbi().useHandle(h -> h.execute(sql));
    }

    public BookingStore bookingStore() {
        return new BookingStore(database.jdbi());
    }

    /** A cheap hasher: tests need the KDF's behaviour, not its cost. */
    public PasswordHasher hasher() {
        return new PasswordHasher(new SecureRandom(), 1_000);
    }

    public ClerkService clerks() {
        return new ClerkService(database.jdbi(), events(), hasher(), clock);
    }

    /**
     * Staff accounts on an empty site (a seeded one has the demo's): each login with its role,
     * the demo password. Rows as a site's installer leaves them, before any event.
     */
    public TestSite staff(String... loginRole) {
        String hash = hasher().hash(DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray());
        for (String each : loginRole) {
            String[] lr = each.split("=");
            database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO clerk (site, login, name, password_hash, active, created_at, role) "
                            + "VALUES ('main', :l, :l, :h, TRUE, :now, :r)")
                    .bind("l", lr[0]).bind("h", hash).bind("now", clock.localNow()).bind("r", lr.length > 1 ? lr[1] : "CLERK").execute());
        }
        return this;
    }

    public ClerkAccounts clerkAccounts() {
        return new ClerkAccounts(database.jdbi(), events(), hasher(), new SecureRandom(), clock);
    }

    /** A clerk account made the way an admin makes one, its temporary password then changed to {@code password}. */
    public Clerk addClerk(String login, String name, Role role, String password) {
        var made = (ClerkAccounts.Outcome.Done) clerkAccounts().create(login, name, role, DemoSeeder.DEMO_ADMIN_LOGIN);
        String temporary = made.temporaryPassword().orElseThrow();
        clerks().changePassword(login, temporary.toCharArray(), password.toCharArray()).ifPresent(r -> {
            throw new IllegalStateException(r.messageKey());
        });
        return new Clerk(made.account().id(), login, name, role);
    }

    public org.madang.core.care.CaseText caseText() {
        return new org.madang.core.care.CaseText(new DataCipher(keys, new SecureRandom()));
    }

    public org.madang.core.care.Cases cases() {
        return new org.madang.core.care.Cases(database.jdbi(), events(), caseText(), clock);
    }

    public org.madang.core.care.Caseload caseload() {
        return new org.madang.core.care.Caseload(database.jdbi(), events(), clock);
    }

    public org.madang.core.care.WelfareRequests welfareRequests() {
        return new org.madang.core.care.WelfareRequests(database.jdbi(), events(), caseText(), queue(), clock);
    }

    public org.madang.core.care.CareCatalogue careCatalogue() {
        return new org.madang.core.care.CareCatalogue(database.jdbi(), events());
    }

    public DemoSeeder seeder() {
        return new DemoSeeder(database.jdbi(), events(), cipher(), hasher(), clock);
    }

    public Receipts receipts() {
        return new Receipts("마당 행정복지센터", new CheckInToken(keys.tokenKey()), clock);
    }

    /** The document writer with the machine's Hangul font (tests need fonts-nanum), read once per site. */
    public DocumentPdf documentPdf() {
        if (documentPdf == null) {
            Path font = DocumentFonts.find(java.util.Optional.empty()).orElseThrow(() -> new IllegalStateException(DocumentFonts.missing()));
            try {
                documentPdf = DocumentPdf.withFont(font, new DocumentWords());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documentPdf;
    }

    public DocumentSigner signer() {
        return new DocumentSigner(keys.documentKeys());
    }

    public DocumentIssuing documents() {
        return new DocumentIssuing(database.jdbi(), events(), new DocumentTypes(database.jdbi()), civilRecords(),
                new DocumentComposer(civilRecords(), new LearningHistory(database.jdbi()), new FacilityUses(database.jdbi()), new DocumentWords()),
                documentPdf(), signer(), new DataCipher(keys, new SecureRandom()), "마당 행정복지센터", clock, terminal, new java.util.Random(11));
    }

    public CourseEnrolments courses() {
        return new CourseEnrolments(database.jdbi(), events(), CoursePolicy.DEFAULTS, clock, terminal);
    }

    public CourseAttendance courseAttendance() {
        return new CourseAttendance(database.jdbi(), events(), tokens(), clock, terminal);
    }

    public CourseSweeper courseSweeper() {
        return new CourseSweeper(database.jdbi(), events(), courses(), CoursePolicy.DEFAULTS, new java.util.Random(5), clock);
    }

    /** The site's QR code signer (receipts, tickets, course receipts). */
    public CheckInToken tokens() {
        return new CheckInToken(keys.tokenKey());
    }

    public CourseWishes courseWishes() {
        return new CourseWishes(database.jdbi(), events(), clock, terminal);
    }

    public CourseCatalogue courseCatalogue() {
        return new CourseCatalogue(database.jdbi());
    }

    public SiteCivilRecords civilRecords() {
        return new SiteCivilRecords(database.jdbi(), cipher());
    }

    public DocumentVerifier verifier() {
        return new DocumentVerifier(database.jdbi(), signer(), new DocumentTypes(database.jdbi()));
    }

    /** Practice progress, its learners' digits drawn from {@code random}. */
    public org.madang.core.practice.PracticeRecords practice(java.util.random.RandomGenerator random) {
        return new org.madang.core.practice.PracticeRecords(database.jdbi(), events(), clock, random);
    }

    /**
     * This site's database as a county's that stops answering while {@code down} says so: a
     * connection is then refused as a stopped PostgreSQL refuses it (SQL state 08001).
     */
    public javax.sql.DataSource countyThatStops(java.util.function.BooleanSupplier down) {
        javax.sql.DataSource real = database.dataSource();
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(TestSite.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (down.getAsBoolean() && method.getName().equals("getConnection")) {
                        throw new java.sql.SQLTransientConnectionException("Connection to localhost:5432 refused", "08001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        database.close();
    }
}
