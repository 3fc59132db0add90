package org.madang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.KioskWindow;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madang practice}: the kiosk on a practice site (PRACTICE.md) — a fresh copy of the
 * demo in a sandbox folder with keys of its own, every device simulated on screen, every screen
 * marked as practice. Nothing reaches a live site, and nothing printed here verifies or checks
 * in at one. Each start is a fresh exercise.
 */
@Command(name = "practice", mixinStandardHelpOptions = true, description = {
    "Practise on the kiosk in a sandbox (digital-learning centres): a fresh copy of the demo at each start, every device",
    "simulated, every screen marked 'practice'. Nothing reaches a live site."})
final class PracticeCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "The practice folder under your home folder (the default; kept for symmetry with the kiosk).")
    boolean demo;

    @Option(names = "--windowed", description = "An ordinary window at the configured screen size, for development.")
    boolean windowed;

    @Option(names = "--list", description = "Print the lessons that come with Madang, one a line, and stop.")
    boolean list;

    @Option(names = "--check", paramLabel = "FILE", description = "Check a lesson file an instructor wrote: 'ok' with its lessons, or "
            + "each problem as file:line (exit 1).")
    Path check;

    /** The practice folder: {@code --site}, or {@code ~/.madang/practice-site}; never a live site's. */
    static Path folder(Path named) {
        return named != null ? named : Path.of(System.getProperty("user.home"), ".madang", "practice-site");
    }

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (org.madang.practice.lesson.Lesson l : org.madang.practice.pack.Lessons.madang()) {
                out().printf("madang %-16s %s / %s (steps: %d)%n", l.id(), l.title().ko(), l.title().en(), l.steps().size());
            }
            out().flush();
            return 0;
        }
        if (check != null) {
            try {
                var lessons = org.madang.practice.pack.Lessons.read(check);
                out().println("ok: " + check + " (" + lessons.size() + " lessons: "
                        + String.join(", ", lessons.stream().map(org.madang.practice.lesson.Lesson::id).toList()) + ")");
                out().flush();
                return 0;
            } catch (org.madang.practice.pack.PackException e) {
                err().println(e.getMessage());
                err().flush();
                return 1;
            }
        }
        // MADANG_SITE is not read here: it names a live site, which practice must never open
        Path root = folder(options.site(java.util.Map.of()));
        Sites.requireDisplay("madang practice");
        out().println("Practice site in " + root + " (a sandbox copy of the demo; it never touches a live site)");
        out().flush();
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), options.sets, System.getenv());
             UiExecutor tasks = new UiExecutor()) {
            SiteRuntime site = sandbox.fresh();
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            SiteConfig config = font.config();
            KioskServices services = KioskAssembly.services(site, config, font.family(), err());
            services.devices().printer().open();
            services.devices().idReader().open();
            services.devices().qrScanner().open();
            services.devices().documentPrinter().open();
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(config.screen(), font.family());
                KioskApp app = new KioskApp(services, tasks, Theme.installTouch(font.family(), scale), scale,
                        config.screen().widthPx() > config.screen().heightPx());
                app.markAsPractice();
                new KioskWindow(app, config.site().name(), config.screen().widthPx(), config.screen().heightPx(),
                        config.ui().fullscreen() && !windowed, closed::countDown).show();
            });
            closed.await();
            services.devices().printer().close();
            services.devices().idReader().close();
            services.devices().qrScanner().close();
            services.devices().documentPrinter().close();
        }
        return 0;
    }
}
