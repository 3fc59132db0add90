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
import org.madang.kiosk.ScreenStager;
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
                "booking screens books a slot there and counter today.staffCall raises a staff call there."})
final class ScreenshotCommand extends SiteCommand implements Callable<Integer> {
    /** The counter's today screen with a kiosk's staff call waiting: staged by raising one from the site's terminal. */
    static final String COUNTER_STAFF_CALL = CounterApp.TODAY + ".staffCall";

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "kiosk or counter")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SCREEN", description = "A screen id (see --list).")
    String screen;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Where to write the image.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "Pixels (default: the site's screen; counter 1280x800).")
    String size;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language (default: the site's first).")
    String lang;

    @Option(names = "--high-contrast", description = "The kiosk in its high-contrast colours.")
    boolean highContrast;

    @Option(names = "--list", description = "Print every screen as 'APP SCREEN', one a line.")
    boolean list;


    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = out();
        if (list) {
            KioskApp.screenIds().forEach(id -> stdout.println("kiosk " + id));
            counterScreens().forEach(id -> stdout.println("counter " + id));
            stdout.flush();
            return 0;
        }
        if (app == null || screen == null || out == null) {
            throw new UsageException("madang screenshot: give APP SCREEN --out FILE.png (or --list)");
        }
        boolean kiosk = switch (app) {
            case "kiosk" -> true;
            case "counter" -> false;
            default -> throw new UsageException("madang screenshot: unknown app '" + app + "' (known: kiosk, counter)");
        };
        List<String> ids = kiosk ? KioskApp.screenIds() : counterScreens();
        if (!ids.contains(screen)) {
            throw new UsageException("madang screenshot: no " + app + " screen '" + screen + "' (known: " + String.join(", ", ids) + ")");
        }
        Path named = options.site(System.getenv());
        Path root = named != null ? named : Files.createTempDirectory("madang-screenshot-");
        try {
            if (named == null) {
                DemoSite.writeSiteFile(new org.madang.core.site.SiteDirectory(root));
                try (SiteRuntime seeding = SiteRuntime.open(root, options.sets, System.getenv())) {
                    DemoSite.seed(seeding, DemoScale.SMALL, DemoSite.SEED);
                }
            }
            try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv())) {
                KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
                BufferedImage[] image = new BufferedImage[1];
                SwingUtilities.invokeAndWait(() -> image[0] = kiosk ? kiosk(site, font) : counter(site, font));
                Offscreen.write(image[0], out);
            }
            stdout.println("Wrote " + out + " (" + app + " " + screen + ")");
            stdout.flush();
        } finally {
            if (named == null) {
                Sites.deleteTree(root);
            }
        }
        return 0;
    }

    private BufferedImage kiosk(SiteRuntime site, KioskAssembly.FontChoice font) {
        SiteConfig config = font.config();
        int[] wh = size(config.screen().widthPx(), config.screen().heightPx());
        ScreenGeometry geometry = config.screen().resized(wh[0], wh[1]);
        SiteConfig sized = config.withScreen(geometry);
        String language = Languages.choose(lang, sized);
        ScreenScale scale = new ScreenScale(geometry, font.family());
        KioskServices services = KioskAssembly.services(site, sized, font.family(), err());
        KioskApp kioskApp = new KioskApp(services, new DirectTasks(), Theme.installTouch(font.family(), scale), scale,
                wh[0] > wh[1]);
        kioskApp.setLanguage(language);
        kioskApp.setHighContrast(highContrast);
        new ScreenStager(kioskApp, services).stage(screen);
        JComponent root = kioskApp.root();
        BufferedImage image = Offscreen.render(root, wh[0], wh[1]);
        kioskApp.stop();
        return image;
    }

    private BufferedImage counter(SiteRuntime site, KioskAssembly.FontChoice font) {
        int[] wh = size(1280, 800);
        String language = Languages.choose(lang, font.config());
        Theme.installDesk(font.family());
        CounterApp counterApp = new CounterApp(CounterAssembly.services(site, true), new DirectTasks(), Messages.forLanguage(language));
        if (COUNTER_STAFF_CALL.equals(screen)) {
            // the demo site's terminal is its first kiosk: a resident there pressed "call staff" on the calendar
            site.staffCalls(site.events()).call("booking.days");
        }
        if (!CounterApp.LOGIN.equals(screen)) {
            var clerk = site.clerks(site.events()).signIn(DemoSeeder.DEMO_CLERK_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray())
                    .orElseThrow(() -> new UsageException("madang screenshot: the site has no demo clerk to sign in with"));
            counterApp.signedIn(clerk);
            counterApp.showTab(COUNTER_STAFF_CALL.equals(screen) ? CounterApp.TODAY : screen);
        }
        BufferedImage image = Offscreen.render(counterApp.root(), wh[0], wh[1]);
        counterApp.stop();
        return image;
    }

    private static List<String> counterScreens() {
        List<String> ids = new java.util.ArrayList<>(CounterApp.screenIds());
        ids.add(COUNTER_STAFF_CALL);
        return ids;
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
