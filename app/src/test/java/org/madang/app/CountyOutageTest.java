package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.config.SiteConfig;
import org.madang.core.county.CentreCache;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.facility.Slot;
import org.madang.core.site.SiteDirectory;
import org.madang.core.testing.CountyServer;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.KioskWindow;
import org.madang.kiosk.fleet.FleetPresenter;
import org.madang.ui.HangulFonts;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * A kiosk of a county's centre, with the centre's cache, on a real PostgreSQL that is stopped
 * mid-session and started again (SCALE.md, issue 22 item 4): its screens read the cache; with the
 * server gone, the services that need the county pause in plain words while notices still open;
 * with it back they reopen by themselves, and a change made at another centre reaches the cache.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CountyOutageTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void theKioskPausesTheCountysServicesWhileItIsDownKeepsItsNoticesAndReopensWhenItIsBack(@TempDir Path dir) throws Exception {
        try (CountyServer county = CountyServer.start(dir.resolve("server"))) {
            Path keys = dir.resolve("county-keys");
            Path site = seededCounty(county, keys, dir.resolve("main"));
            Path haneul = centre(dir.resolve("haneul"), county, keys, "haneul", "haneul-kiosk-1");

            SiteDirectory folder = new SiteDirectory(site);
            SiteConfig config = SiteRuntime.loadConfig(folder, List.of("screen.widthPx=900", "screen.heightPx=1600"), Map.of());
            // the kiosk's clock at a quarter to ten tomorrow: a booking at ten can be checked in
            java.time.ZoneId zone = config.site().zone();
            java.time.LocalDateTime quarterToTen = java.time.LocalDate.now(zone).plusDays(1).atTime(9, 45);
            Clock clock = Clock.fixed(quarterToTen.atZone(zone).toInstant(), zone);
            try (SiteRuntime runtime = SiteRuntime.open(folder, config, clock);
                 UiExecutor tasks = new UiExecutor()) {
                CentreCache cache = runtime.cache().orElseThrow();
                assertThat(cache.state().lastSeen()).as("caught up at the start").isEqualTo(runtime.events().latestId());
                String font = HangulFonts.find(java.util.Optional.empty()).orElseThrow();
                KioskServices services = KioskAssembly.services(runtime, config, font, new PrintWriter(new StringWriter()));
                KioskWindow kiosk = GuiActionRunner.execute(() -> {
                    ScreenScale scale = new ScreenScale(config.screen(), font);
                    return new KioskWindow(new KioskApp(services, tasks, Theme.installTouch(font, scale), scale, false), "kiosk", 900, 1600,
                            false, () -> { });
                });
                FrameFixture window = new FrameFixture(kiosk.frame());
                KioskApp app = kiosk.app();
                try (FleetPresenter fleet = new FleetPresenter(app, runtime.fleet(runtime.events()), services.devices().watch(runtime.clock),
                        tasks, () -> 9000, runtime.clock.instant()).following(runtime.link, FleetPresenter.KEPT_WITH_CACHE)
                        .start(Duration.ofMillis(200));
                     AutoCloseable watch = CountyWatch.start(runtime, Duration.ofMillis(200))) {
                    GuiActionRunner.execute(kiosk::show);
                    window.button("idle.start").click();
                    Poll.until(() -> screen(app).equals("home"), "home");
                    assertThat(GuiActionRunner.execute(app::pausedServices)).isEmpty();
                    // a resident's paid booking at ten, in the cache after the next rounds
                    org.madang.core.booking.Booking atTen = bookAtTen(site, quarterToTen);
                    String receipt = runtime.receipts().checkInCode(atTen);
                    Poll.until(() -> new org.madang.core.booking.BookingStore(runtime.reads()).byId(atTen.id())
                            .filter(b -> b.payment() == atTen.payment()).isPresent(), LIMIT, () -> "the booking, paid, in the cache");

                    // a clerk signed in at a desk of the centre before the outage
                    org.madang.core.clerk.ClerkService deskClerks = runtime.clerks(runtime.events());
                    assertThat(deskClerks.signIn("clerk1", org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray()))
                            .isInstanceOf(org.madang.core.clerk.SignIn.SignedIn.class);

                    county.stop();

                    java.util.List<String> paused = FleetPresenter.NEED_COUNTY.stream().filter(t -> !FleetPresenter.KEPT_WITH_CACHE.contains(t))
                            .toList();
                    Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().containsAll(paused)), LIMIT,
                            () -> "the county's services paused");
                    assertThat(GuiActionRunner.execute(app::pausedServices)).as("check-in and tickets work from the cache")
                            .doesNotContainAnyElementsOf(FleetPresenter.KEPT_WITH_CACHE);
                    assertThat(GuiActionRunner.execute(() -> window.textBox("home.hint").text())).as("what still works, said once")
                            .contains("군청과 연결이 끊겨", "번호표, 입장 확인, 알림은 지금도 됩니다");
                    // the resident checks in from the cache: kept there, sent when the county is back
                    assertThat(services.checkIns().checkIn(receipt)).isInstanceOf(org.madang.core.booking.CheckInOutcome.CheckedIn.class);
                    assertThat(runtime.cache().orElseThrow().checkInsToSend()).containsOnlyKeys(atTen.id());
                    assertThat(runtime.link.up()).isFalse();
                    assertThat(GuiActionRunner.execute(() -> window.button("home.booking").target().getText()))
                            .contains("군청 연결 끊김");
                    window.button("home.booking").click();
                    assertThat(screen(app)).isEqualTo("home");
                    // a queue ticket, numbered after today's last in the cache, printed; given to the county when it is back
                    java.time.LocalDate today = java.time.LocalDate.now(runtime.clock);
                    int before = lastTicket(runtime.reads(), "civil", today);
                    window.button("home.queue").click();
                    Poll.until(() -> screen(app).equals("queue.lines"), "the queue's services");
                    window.button("line.civil").click();
                    Poll.until(() -> screen(app).equals("queue.priority"), "the priority question");
                    window.button("priority.none").click();
                    Poll.until(() -> screen(app).equals("queue.ticket"), LIMIT, () -> "the ticket taken in the outage");
                    String label = GuiActionRunner.execute(() -> window.textBox("ticket.number").target().getText());
                    assertThat(Integer.parseInt(label.substring(1))).isEqualTo(before + 1);
                    assertThat(runtime.queue(runtime.events()).takenHere()).extracting(org.madang.core.queue.Ticket::label).containsExactly(label);
                    // the desk, locked after idle, opens for its clerk with the county stopped (not for a wrong password)
                    assertThat(deskClerks.unlock("clerk1", "not-the-one".toCharArray())).isInstanceOf(org.madang.core.clerk.SignIn.Rejected.class);
                    assertThat(deskClerks.unlock("clerk1", org.madang.core.demo.DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray()))
                            .isInstanceOf(org.madang.core.clerk.SignIn.UnlockedAway.class);
                    // a desk of the centre calls and serves it from the cache; the acts reach the county when it is back
                    org.madang.core.queue.CounterQueue desks = runtime.counterQueue(runtime.events());
                    assertThat(desks.onCache()).isTrue();
                    org.madang.core.queue.CounterQueue.Desk desk = new org.madang.core.queue.CounterQueue.Desk("counter-1", 1,
                            List.of(runtime.queue(runtime.events()).lineByCode("civil").orElseThrow().id()));
                    var call = desks.callNext(desk, "clerk1");
                    assertThat(call).isInstanceOf(org.madang.core.queue.CallOutcome.Called.class);
                    org.madang.core.queue.Ticket served = ((org.madang.core.queue.CallOutcome.Called) call).ticket();
                    assertThat(served.label()).isEqualTo(label);
                    assertThat(desks.finish(served.id(), org.madang.core.queue.TicketOutcome.SERVED, desk, "clerk1")).isEmpty();
                    assertThat(GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(),
                            c -> "survey".equals(c.getName()) && c.isShowing()).isEmpty()))
                            .as("no question whose answer the county could not keep now").isTrue();
                    window.button("nav.home").click();
                    Poll.until(() -> screen(app).equals("home"), "home after the ticket");
                    // notices come from the centre's cache, which the outage does not touch
                    window.button("home.notices").click();
                    Poll.until(() -> screen(app).equals("notices"), "the notices");
                    assertThat(services.notices().current()).isNotEmpty();
                    // the day's times of every facility, from the cache
                    FacilityStore shown = services.facilities();
                    Facility first = shown.all().get(0);
                    java.time.LocalDate tomorrow = java.time.LocalDate.now(runtime.clock).plusDays(1);
                    assertThat(shown.slots(first.id(), tomorrow, java.time.LocalDateTime.now(runtime.clock))).isNotEmpty();
                    window.button("nav.home").click();
                    Poll.until(() -> screen(app).equals("home"), "home again");
                    // a kiosk of the centre (re)started in the outage starts on the cache, its county services paused
                    SiteRuntime restarted = SiteRuntime.open(site, List.of("terminal.id=kiosk-3"), Map.of());
                    AutoCloseable restartedWatch = CountyWatch.start(restarted, Duration.ofMillis(200));
                    assertThat(restarted.link.up()).isFalse();
                    assertThat(restarted.link.state().problem()).contains("cannot be reached");
                    assertThat(restarted.facilities().all()).hasSameSizeAs(shown.all());
                    assertThat(restarted.notices(restarted.events()).current()).isNotEmpty();

                    county.restart();

                    Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().isEmpty()), LIMIT, () -> "the services back by themselves");
                    Poll.until(() -> {
                        try {
                            return runtime.cache().orElseThrow().checkInsToSend().isEmpty();
                        } catch (java.sql.SQLException e) {
                            return false;
                        }
                    }, LIMIT, () -> "the check-in sent");
                    String status = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT status FROM booking WHERE id = :id")
                            .bind("id", atTen.id()).mapTo(String.class).one());
                    assertThat(status).isEqualTo("CHECKED_IN");
                    Poll.until(() -> runtime.queue(runtime.events()).takenHere().isEmpty(), LIMIT, () -> "the ticket sent");
                    assertThat(lastTicket(runtime.database.jdbi(), "civil", today)).as("the county holds the number printed").isEqualTo(before + 1);
                    int offlineIssued = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_log "
                            + "WHERE type = 'TicketIssued' AND payload LIKE '%takenWhileOffline%'").mapTo(Integer.class).one());
                    assertThat(offlineIssued).as("the ticket's event, noting it was taken while offline").isEqualTo(1);
                    Poll.until(() -> "DONE".equals(runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT status FROM queue_ticket "
                            + "WHERE ticket_day = :d AND number = :n AND site = 'main'").bind("d", today).bind("n", before + 1)
                            .mapTo(String.class).findOne().orElse(""))), LIMIT, () -> "the desk's call and finish given to the county");
                    int actedOffline = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_log "
                            + "WHERE type IN ('TicketCalled', 'TicketFinished') AND payload LIKE '%actedWhileOffline%'").mapTo(Integer.class).one());
                    assertThat(actedOffline).as("the desk's acts, each noting it was taken while offline").isEqualTo(2);
                    window.button("home.booking").click();
                    Poll.until(() -> screen(app).equals("booking.categories"), "booking open again");
                    // the kiosk started in the outage makes the county's checks at its first answer, and is linked
                    Poll.until(restarted.link::up, LIMIT, () -> "the restarted kiosk linked: " + restarted.link.state().problem());
                    restartedWatch.close();
                    restarted.close();

                    // another centre books one of this centre's times: the cache shows it after the next rounds
                    Facility court = shown.all().stream().filter(f -> f.centre().code().equals("main") && !f.perSeat()).findFirst().orElseThrow();
                    Slot free = shown.slots(court.id(), tomorrow.plusDays(1), java.time.LocalDateTime.now(runtime.clock)).stream()
                            .filter(s -> !s.isFull()).findFirst().orElseThrow();
                    bookFrom(haneul, free);
                    Poll.until(() -> shown.slot(free.id()).orElseThrow().booked() == free.booked() + 1, LIMIT,
                            () -> "the other centre's booking in the cache");
                } finally {
                    window.cleanUp();
                }
            }
        }
    }

    /**
     * A paid booking at ten tomorrow of the first facility with a free time then, for the county's
     * first resident, made today at another terminal of the centre (on the real clock).
     */
    private static org.madang.core.booking.Booking bookAtTen(Path site, java.time.LocalDateTime tomorrow) {
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of("terminal.id=kiosk-2"), Map.of())) {
            return bookAtTen(runtime, tomorrow);
        }
    }

    private static org.madang.core.booking.Booking bookAtTen(SiteRuntime runtime, java.time.LocalDateTime tomorrow) {
        var events = runtime.events();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(runtime.clock);
        // residents in turn: the demo's first ones may have reached a limit of theirs (bookings a week) on some days
        List<Long> residents = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM resident ORDER BY id FETCH FIRST 30 ROWS ONLY")
                .mapTo(Long.class).list());
        for (Facility f : runtime.facilities().all()) {
            for (Slot s : runtime.facilities().slots(f.id(), tomorrow.toLocalDate(), now)) {
                if (!s.startsAt().equals(tomorrow.toLocalDate().atTime(10, 0)) || s.isFull()) {
                    continue;
                }
                for (long resident : residents) {
                    var outcome = runtime.bookings(events).book(new org.madang.core.booking.BookingRequest(s.id(), resident, 1,
                            org.madang.core.booking.Channel.KIOSK));
                    if (outcome instanceof org.madang.core.booking.BookingOutcome.Booked b) {
                        if (b.booking().fee() > 0) {
                            runtime.payments(events).record(org.madang.core.payment.ItemKind.BOOKING, b.booking().id(),
                                    org.madang.core.payment.PayMethod.CASH, org.madang.core.demo.DemoSeeder.DEMO_CLERK_LOGIN);
                        }
                        return runtime.bookingStore().byId(b.booking().id()).orElseThrow();
                    }
                }
            }
        }
        throw new IllegalStateException("no facility of the demo county has a free time at ten tomorrow");
    }

    /** The number of today's last ticket of a service at the centre, as {@code db} holds it (0 before the first). */
    private static int lastTicket(org.jdbi.v3.core.Jdbi db, String service, java.time.LocalDate day) {
        return db.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(t.number), 0) FROM queue_ticket t JOIN queue_service s "
                        + "ON s.id = t.service_id WHERE s.code = :c AND t.site = 'main' AND t.ticket_day = :d")
                .bind("c", service).bind("d", day).mapTo(Integer.class).one());
    }

    private static String screen(KioskApp app) {
        return GuiActionRunner.execute(() -> app.screens().navigator().current());
    }

    /** A terminal of another centre books the slot for the county's first resident. */
    private static void bookFrom(Path centre, Slot slot) {
        try (SiteRuntime other = SiteRuntime.open(centre, List.of(), Map.of())) {
            long resident = other.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM resident").mapTo(Long.class).one());
            var outcome = other.bookings(other.events()).book(new org.madang.core.booking.BookingRequest(slot.id(), resident, 1,
                    org.madang.core.booking.Channel.COUNTER));
            assertThat(outcome).as(outcome.toString()).isInstanceOf(org.madang.core.booking.BookingOutcome.Booked.class);
        }
    }

    /** A centre's folder: the county's keys, its site.yaml on the county's database with the centre's cache. */
    /**
     * The demo county of two centres on {@code county} (its database and login made, its keys in
     * {@code keys}), seeded through {@code kiosk-1} of centre main, whose folder is returned.
     */
    static Path seededCounty(CountyServer county, Path keys, Path site) throws Exception {
        county.createCounty("county", "madang", "county-password");
        org.madang.core.site.SiteKeys.loadOrCreate(keys, new java.security.SecureRandom());
        Path main = centre(site, county, keys, "main", "kiosk-1");
        MadangRun seeded = MadangRun.of("demo-data", "--site", main.toString(), "--sites", "2");
        assertThat(seeded.code()).as(seeded.err()).isZero();
        return main;
    }

    /** A terminal folder of centre {@code code} on the county, with the county's keys and a cache of its own ({@code data/cache}). */
    static Path centre(Path site, CountyServer county, Path keys, String code, String terminal) throws Exception {
        Files.createDirectories(site.resolve("keys"));
        try (var files = Files.list(keys)) {
            for (Path key : files.toList()) {
                Files.copy(key, site.resolve("keys").resolve(key.getFileName()));
            }
        }
        Files.writeString(site.resolve("keys").resolve("county.password"), "county-password\n", StandardCharsets.UTF_8);
        Files.copy(county.authority(), site.resolve("keys").resolve("county-ca.crt"));
        Files.writeString(site.resolve("site.yaml"), "site:\n  code: " + code + "\n  name: 센터 " + code + "\nterminal:\n  id: " + terminal
                + "\ndatabase:\n  url: \"" + county.url("county") + "\"\n  user: madang\n  tls: verify\n  cache: data/cache\n",
                StandardCharsets.UTF_8);
        return site;
    }
}
