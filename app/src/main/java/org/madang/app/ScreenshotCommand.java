package org.madang.app;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.madang.config.ScreenGeometry;
import org.madang.config.SiteConfig;
import org.madang.core.demo.DemoScale;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterApp;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madang screenshot}: renders a named screen to PNG without a display. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Render a screen to PNG offscreen, with demo data.",
                "Without --site the screen is staged on a fresh throwaway demo site; with --site, staging the",
                "booking screens books a slot there, counter bookings.staffCall raises a staff call there, and",
                "counter queue.serving and display board call tickets there."})
final class ScreenshotCommand extends SiteCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "kiosk, counter, display or practice")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SCREEN", description = "A screen id (see --list).")
    String screen;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Where to write the image.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "Pixels (default: the site's screen; counter 1366x768; display 1920x1080).")
    String size;

    @Option(names = "--lang", paramLabel = "ko|en|zh|vi", description = "Language (default: the site's first).")
    String lang;

    @Option(names = "--high-contrast", description = "The kiosk in its high-contrast colours.")
    boolean highContrast;

    @Option(names = "--voice", description = "The kiosk with voice guidance on: its controls and what it says about the screen.")
    boolean voice;

    @Option(names = "--zoom", description = "The kiosk zoomed to 200 %%.")
    boolean zoom;

    @Option(names = "--low", description = "The kiosk in low-position mode (controls within a seated resident's reach).")
    boolean low;

    @Option(names = "--list", description = "Print every screen as 'APP SCREEN', one a line.")
    boolean list;


    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = out();
        if (list) {
            KioskApp.screenIds().forEach(id -> stdout.println("kiosk " + id));
            KioskStager.STAFF_SCREENS.forEach(id -> stdout.println("kiosk " + id));
            KioskStager.STATES.forEach(id -> stdout.println("kiosk " + id));
            CounterStager.counterScreens().forEach(id -> stdout.println("counter " + id));
            CounterStager.displayScreens().forEach(id -> stdout.println("display " + id));
            KioskApp.screenIds().forEach(id -> stdout.println("practice " + id));
            scenarioScreens().forEach(id -> stdout.println("practice " + id));
            PracticeShots.SCREENS.forEach(id -> stdout.println("practice " + id));
            stdout.flush();
            return 0;
        }
        if (app == null || screen == null || out == null) {
            throw new UsageException("madang screenshot: give APP SCREEN --out FILE.png (or --list)");
        }
        if ("practice".equals(app) && scenarioScreens().contains(screen)) {
            return scenario(stdout);
        }
        if ("practice".equals(app) && PracticeShots.SCREENS.contains(screen)) {
            Offscreen.write(PracticeShots.draw(screen, lang, size == null ? null : size(0, 0), options.sets, err()), out);
            stdout.println("Wrote " + out + " (practice " + screen + ")");
            stdout.flush();
            return 0;
        }
        List<String> ids = switch (app) {
            case "kiosk" -> java.util.stream.Stream.of(KioskApp.screenIds(), KioskStager.STAFF_SCREENS, KioskStager.STATES)
                    .flatMap(List::stream).toList();
            case "practice" -> KioskApp.screenIds();
            case "counter" -> CounterStager.counterScreens();
            case "display" -> CounterStager.displayScreens();
            default -> throw new UsageException("madang screenshot: unknown app '" + app + "' (known: kiosk, counter, display, practice)");
        };
        if (!ids.contains(screen)) {
            throw new UsageException("madang screenshot: no " + app + " screen '" + screen + "' (known: " + String.join(", ", ids) + ")");
        }
        if ("practice".equals(app)) {
            return practice(stdout);
        }
        KioskStaging.onSite(options.site(System.getenv()), options, site -> {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            BufferedImage[] image = new BufferedImage[1];
            String language = Languages.choose(lang, font.config());
            SwingUtilities.invokeAndWait(() -> image[0] = switch (app) {
                case "kiosk" -> kiosk(site, font, false);
                case "counter" -> CounterStager.counter(site, font, screen, language, size(CounterApp.MIN_WIDTH, CounterApp.MIN_HEIGHT)[0],
                        size(CounterApp.MIN_WIDTH, CounterApp.MIN_HEIGHT)[1]);
                default -> CounterStager.display(site, font, screen, language, size(1920, 1080)[0], size(1920, 1080)[1]);
            });
            Offscreen.write(image[0], out);
            return null;
        });
        stdout.println("Wrote " + out + " (" + app + " " + screen + ")");
        stdout.flush();
        return 0;
    }

    /** A kiosk screen as a trainee sees it: on a fresh practice sandbox (in a throwaway folder), marked as practice. */
    private int practice(PrintWriter stdout) throws Exception {
        Path root = Files.createTempDirectory("madang-screenshot-practice-");
        try (PracticeSandbox sandbox = new PracticeSandbox(root, java.time.Clock.systemDefaultZone(), options.sets, java.util.Map.of())) {
            SiteRuntime site = sandbox.fresh();
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            BufferedImage[] image = new BufferedImage[1];
            SwingUtilities.invokeAndWait(() -> image[0] = kiosk(site, font, true));
            Offscreen.write(image[0], out);
        } finally {
            Sites.deleteTree(root);
        }
        stdout.println("Wrote " + out + " (practice " + screen + ")");
        stdout.flush();
        return 0;
    }

    /** Every screen of every scenario pack, as {@code PACK/SCREEN}. */
    static List<String> scenarioScreens() {
        return org.madang.practice.pack.Packs.shipped().stream()
                .flatMap(p -> p.controls().keySet().stream().map(s -> p.id() + "/" + s)).toList();
    }

    /** A scenario pack's screen, reached the way a customer would, in the pack's look and marked as practice. */
    private int scenario(PrintWriter stdout) throws Exception {
        Path root = Files.createTempDirectory("madang-screenshot-practice-");
        try (PracticeSandbox sandbox = new PracticeSandbox(root, java.time.Clock.systemDefaultZone(), options.sets, java.util.Map.of())) {
            SiteRuntime site = sandbox.fresh();
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            SiteConfig config = font.config();
            int[] wh = size(config.screen().widthPx(), config.screen().heightPx());
            ScreenGeometry geometry = config.screen().resized(wh[0], wh[1]);
            String language = Languages.choose(lang, config);
            String[] packAndScreen = screen.split("/", 2);
            org.madang.practice.scenario.Pack pack = org.madang.practice.pack.Packs.find(packAndScreen[0]).orElseThrow();
            BufferedImage[] image = new BufferedImage[1];
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(geometry, font.family());
                Theme.installTouch(font.family(), scale);
                org.madang.practice.ui.ScenarioKiosk machine = new org.madang.practice.ui.ScenarioKiosk(pack, scale, language, wh[0] > wh[1], 101);
                org.madang.practice.scenario.ScenarioStager.stage(machine.flow(), packAndScreen[1]);
                image[0] = Offscreen.render(machine.root(), wh[0], wh[1]);
            });
            Offscreen.write(image[0], out);
        } finally {
            Sites.deleteTree(root);
        }
        stdout.println("Wrote " + out + " (practice " + screen + ")");
        stdout.flush();
        return 0;
    }

    private BufferedImage kiosk(SiteRuntime site, KioskAssembly.FontChoice font, boolean practice) {
        SiteConfig config = font.config();
        int[] wh = size(config.screen().widthPx(), config.screen().heightPx());
        KioskApp kioskApp = KioskStaging.stage(site, font, new KioskStaging.Look(wh[0], wh[1], Languages.choose(lang, config), highContrast,
                voice, zoom, low), screen, practice, err());
        BufferedImage image = Offscreen.render(kioskApp.root(), wh[0], wh[1]);
        kioskApp.stop();
        return image;
    }

    private int[] size(int defaultWidth, int defaultHeight) {
        if (size == null) {
            return new int[] {defaultWidth, defaultHeight};
        }
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            if (parts.length != 2 || w < 320 || h < 240 || w > 8000 || h > 8000) {
                throw new NumberFormatException();
            }
            return new int[] {w, h};
        } catch (RuntimeException e) {
            throw new UsageException("madang screenshot --size " + size + ": expected WIDTHxHEIGHT, e.g. 1080x1920");
        }
    }
}
