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

    @Option(names = "--lesson", paramLabel = "ID", description = "Start this lesson (see --list) on the practice kiosk.")
    String lesson;

    @Option(names = "--level", paramLabel = "LEVEL", description = "guided (follow the spotlight, the default), hint or own.")
    String level = "guided";

    @Option(names = "--list", description = "Print the lessons that come with Madang, one a line, and stop.")
    boolean list;

    @Option(names = "--check", paramLabel = "FILE", description = "Check a lesson file an instructor wrote: 'ok' with its lessons, or "
            + "each problem as file:line (exit 1).")
    Path check;

    private java.util.Optional<org.madang.practice.lesson.Lesson> chosenLesson() {
        if (lesson == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.madang.practice.pack.Lessons.madang().stream().filter(l -> l.id().equals(lesson)).findFirst()
                .orElseThrow(() -> new UsageException("madang practice: no lesson '" + lesson + "' (see madang practice --list)")));
    }

    private org.madang.practice.lesson.Level level() {
        return switch (level) {
            case "guided" -> org.madang.practice.lesson.Level.GUIDED;
            case "hint" -> org.madang.practice.lesson.Level.HINT;
            case "own" -> org.madang.practice.lesson.Level.ON_MY_OWN;
            default -> throw new UsageException("madang practice: --level is guided, hint or own, not '" + level + "'");
        };
    }

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
        java.util.Optional<org.madang.practice.lesson.Lesson> chosen = chosenLesson();
        org.madang.practice.lesson.Level chosenLevel = level();
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
            // the lesson's words are said through the site's voice device (simulated on the practice site)
            org.madang.hardware.voice.Voice voice = DeviceAssembly.voice(config.devices().voice());
            voice.open();
            CountDownLatch closed = new CountDownLatch(1);
            org.madang.core.event.EventFollower[] follower = new org.madang.core.event.EventFollower[1];
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(config.screen(), font.family());
                KioskApp app = new KioskApp(services, tasks, Theme.installTouch(font.family(), scale), scale,
                        config.screen().widthPx() > config.screen().heightPx());
                app.markAsPractice();
                if (chosen.isEmpty()) {
                    new KioskWindow(app, config.site().name(), config.screen().widthPx(), config.screen().heightPx(),
                            config.ui().fullscreen() && !windowed, closed::countDown).show();
                    return;
                }
                org.madang.practice.ui.LessonScreen screen = new org.madang.practice.ui.LessonScreen(app, scale, voice);
                org.madang.practice.ui.LessonPresenter presenter = new org.madang.practice.ui.LessonPresenter(screen, site.clock);
                follower[0] = new org.madang.core.event.EventFollower(site.events(), java.time.Duration.ofMillis(200));
                follower[0].start(site.events().latestId(), events -> SwingUtilities.invokeLater(() -> presenter.eventsArrived(events)));
                new KioskWindow(app, screen, config.site().name(), config.screen().widthPx(), config.screen().heightPx(),
                        config.ui().fullscreen() && !windowed, () -> {
                            screen.detach();
                            closed.countDown();
                        }).show();
                screen.start(presenter, chosen.get(), chosenLevel);
            });
            closed.await();
            if (follower[0] != null) {
                follower[0].close();
            }
            voice.close();
            services.devices().printer().close();
            services.devices().idReader().close();
            services.devices().qrScanner().close();
            services.devices().documentPrinter().close();
        }
        return 0;
    }
}
