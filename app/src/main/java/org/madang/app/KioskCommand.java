package org.madang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.core.site.SiteDirectory;
import org.madang.core.demo.DemoScale;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.KioskWindow;
import org.madang.kiosk.WarmUp;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang kiosk}: the resident kiosk, fullscreen. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, description = "Run the resident kiosk (fullscreen).")
final class KioskCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Use the demo site under your home folder, creating and seeding it on first start.")
    boolean demo;

    @Option(names = "--county", description = {"With --demo: the demo county instead, three centres on a PostgreSQL of this machine",
            "(Debian's postgresql; started, and made and seeded on first use: madang county start)."})
    boolean county;

    @Option(names = "--windowed", description = "An ordinary window at the configured screen size, for development.")
    boolean windowed;

    @Option(names = "--watchdog", paramLabel = "SECONDS", description = {"End with status 75 (for the kiosk's session to start it again)",
            "when the screen has not answered for this long; 0: never (default: ${DEFAULT-VALUE})."})
    int watchdogSeconds = 30;

    /** A test of the watchdog freezes the screen this long after its first frame (0: never). */
    @Option(names = "--freeze-screen-after", hidden = true)
    int freezeAfterSeconds;


    @Override
    public Integer call() throws Exception {
        StartupProbe.mark("command parsed");
        Path root = county ? CountyCommand.ensure(CountyCommand.folder(options, System.getenv()), LocalCounty.DEFAULT_PORT, 3, out()).folder()
                : site(demo, DemoScale.COUNTY);
        Sites.requireDisplay("madang kiosk");
        SiteDirectory dir = new SiteDirectory(root);
        SiteConfig asSet = SiteRuntime.loadConfig(dir, options.sets, System.getenv());
        java.util.List<String> sets = new java.util.ArrayList<>(options.sets);
        if (county && asSet.database().cachePath().isEmpty()) {
            // the demo county's kiosk reads its centre's cache, as a centre's kiosks do (SCALE.md)
            sets.add("database.cache=data/cache-" + asSet.site().code());
        }
        SiteConfig loaded = sets.size() == options.sets.size() ? asSet : SiteRuntime.loadConfig(dir, sets, System.getenv());
        // the database opens and is checked on one core while the other makes the look ready: they need nothing of each other
        CompletableFuture<SiteRuntime> opening = CompletableFuture.supplyAsync(() -> SiteRuntime.open(dir, loaded, Clock.systemDefaultZone()));
        KioskAssembly.FontChoice font;
        ScreenScale scale;
        Theme theme;
        try {
            font = KioskAssembly.chooseFont(loaded, err());
            StartupProbe.mark("font chosen");
            scale = new ScreenScale(font.config().screen(), font.family());
            Theme[] installed = new Theme[1];
            SwingUtilities.invokeAndWait(() -> installed[0] = Theme.installTouch(font.family(), scale));
            theme = installed[0];
            StartupProbe.mark("look installed");
        } catch (Exception | Error e) {
            opening.thenAccept(SiteRuntime::close);
            throw e;
        }
        // housekeeping's first round waits until the residents have their screen
        try (SiteRuntime site = opened(opening); UiExecutor tasks = new UiExecutor();
             AutoCloseable chores = Housekeeping.startAfter(site, java.time.Duration.ofSeconds(20))) {
            StartupProbe.mark("site opened");
            SiteConfig config = font.config();
            KioskServices services = KioskAssembly.services(site, config, font.family(), err());
            StartupProbe.mark("services assembled");
            CountDownLatch closed = new CountDownLatch(1);
            java.time.Instant started = java.time.Instant.now(site.clock);
            java.util.concurrent.atomic.AtomicReference<KioskApp> shown = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicReference<WarmUp> warmUp = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                KioskApp app = new KioskApp(services, tasks, theme, scale, config.screen().widthPx() > config.screen().heightPx());
                shown.set(app);
                StartupProbe.mark("kiosk app made");
                warmUp.set(WarmUp.of(services, () -> app.whereabouts().session() == org.madang.core.terminal.SessionState.IDLE));
                if (config.ui().offerPractice()) {
                    // practice mode on a sandbox of its own beside this site, never this site's data
                    KioskPractice practice = new KioskPractice(site.dir.root(), tasks, theme, scale, config, config.ui().fullscreen() && !windowed);
                    StartupProbe.mark("practice made");
                    app.offerPractice(() -> practice.open(app));
                }
                StartupProbe.mark("kiosk screens built");
                KioskWindow window = new KioskWindow(app, config.site().name(), config.screen().widthPx(), config.screen().heightPx(),
                        config.ui().fullscreen() && !windowed, closed::countDown);
                StartupProbe.mark("window made");
                // a clerk who may look after kiosks closes it for good (status 0 ends the kiosk's session)
                app.offerStaffExit(window.frame()::dispose);
                StartupProbe.watchTouch(window.frame(), "idle.start", org.madang.kiosk.home.HomePage.ID, app::onScreenShown);
                // the first residents of the morning meet a warm kiosk: its reads, rehearsed while it stands idle
                org.madang.ui.FirstPaint.whenPainted(window.frame(), warmUp.get()::start);
                window.show();
                StartupProbe.mark("window shown");
            });
            // devices open once the window is up, off the EDT: a printer that does not answer must not hold up the window;
            // watched from before they open, so the heartbeat below hears what each says as it opens
            org.madang.hardware.device.DeviceWatch watch = services.devices().watch(site.clock);
            CompletableFuture<Void> devices = CompletableFuture.runAsync(() -> {
                services.devices().openAll();
                StartupProbe.mark("devices opened");
            });
            // the heartbeat after the first frame: the counter's fleet view, the lock, services paused for a failing device
            if (freezeAfterSeconds > 0) {
                freezeScreen();
            }
            // on a county: its services paused while the county does not answer, the centre's cache kept fresh
            try (org.madang.kiosk.fleet.FleetPresenter fleet = new org.madang.kiosk.fleet.FleetPresenter(shown.get(),
                    site.fleet(site.events()), watch, tasks, site::freeDiskMb, started)
                    .following(site.link, site.cacheDatabase.isPresent() ? org.madang.kiosk.fleet.FleetPresenter.KEPT_WITH_CACHE : java.util.Set.of())
                    .start(org.madang.core.terminal.Heartbeat.EVERY);
                 AutoCloseable county = CountyWatch.start(site, CountyWatch.EVERY);
                 AutoCloseable dog = watchdogSeconds > 0 ? EdtWatchdog.forKiosk(java.time.Duration.ofSeconds(watchdogSeconds)).start() : () -> { };
                 WarmUp warm = warmUp.get()) {
                closed.await();
            }
            devices.join();
            services.devices().closeAll();
        }
        return 0;
    }

    /** For the watchdog's test: the event thread stops answering, as it would behind a call that never returns. */
    private void freezeScreen() {
        javax.swing.Timer freeze = new javax.swing.Timer(freezeAfterSeconds * 1000, e -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        freeze.setRepeats(false);
        freeze.start();
    }

    /** The site the other thread opened, or what stopped it, as thrown there. */
    static SiteRuntime opened(CompletableFuture<SiteRuntime> opening) throws Exception {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
