package org.madang.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.core.demo.DemoScale;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.KioskWindow;
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

    @Option(names = "--windowed", description = "An ordinary window at the configured screen size, for development.")
    boolean windowed;


    @Override
    public Integer call() throws Exception {
        Path root = site(demo, DemoScale.COUNTY);
        Sites.requireDisplay("madang kiosk");
        try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv()); UiExecutor tasks = new UiExecutor();
             Housekeeping chores = Housekeeping.of(site).start()) {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            SiteConfig config = font.config();
            KioskServices services = KioskAssembly.services(site, config, font.family(), err());
            // devices open here, off the EDT: a printer that does not answer must not hold up the window
            services.devices().openAll();
            CountDownLatch closed = new CountDownLatch(1);
            java.time.Instant started = java.time.Instant.now(site.clock);
            java.util.concurrent.atomic.AtomicReference<KioskApp> shown = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(config.screen(), font.family());
                Theme theme = Theme.installTouch(font.family(), scale);
                KioskApp app = new KioskApp(services, tasks, theme, scale, config.screen().widthPx() > config.screen().heightPx());
                shown.set(app);
                if (config.ui().offerPractice()) {
                    // practice mode on a sandbox of its own beside this site, never this site's data
                    KioskPractice practice = new KioskPractice(site.dir.root(), tasks, theme, scale, config, config.ui().fullscreen() && !windowed);
                    app.offerPractice(() -> practice.open(app));
                }
                new KioskWindow(app, config.site().name(), config.screen().widthPx(), config.screen().heightPx(),
                        config.ui().fullscreen() && !windowed, closed::countDown).show();
            });
            // the heartbeat after the first frame: the counter's fleet view, the lock, services paused for a failing device
            try (org.madang.kiosk.fleet.FleetPresenter fleet = new org.madang.kiosk.fleet.FleetPresenter(shown.get(),
                    site.fleet(site.events()), services.devices().watch(site.clock), tasks, site::freeDiskMb, started)
                    .start(org.madang.core.terminal.Heartbeat.EVERY)) {
                closed.await();
            }
            services.devices().closeAll();
        }
        return 0;
    }
}
