package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.madang.config.ScreenGeometry;
import org.madang.config.SiteConfig;
import org.madang.core.demo.DemoScale;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.ui.DirectTasks;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * A kiosk screen staged offscreen with demo data, for the commands that show it ({@code madang
 * screenshot}) or say it ({@code madang say}): on the named site, or on a throwaway demo site.
 */
final class KioskStaging {
    private KioskStaging() {
    }

    /** Work on a site: the one named, or a fresh demo site made in a temporary folder and deleted after. */
    interface SiteWork<T> {
        T on(SiteRuntime site) throws Exception;
    }

    static <T> T onSite(Path named, SiteOptions options, SiteWork<T> work) throws Exception {
        Path root = named != null ? named : Files.createTempDirectory("madang-stage-");
        try {
            if (named == null) {
                DemoSite.writeSiteFile(new org.madang.core.site.SiteDirectory(root));
                try (SiteRuntime seeding = SiteRuntime.open(root, options.sets, System.getenv())) {
                    DemoSite.seed(seeding, DemoScale.SMALL, DemoSite.SEED);
                }
            }
            try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv())) {
                return work.on(site);
            }
        } finally {
            if (named == null) {
                Sites.deleteTree(root);
            }
        }
    }

    /** How the kiosk is to be shown: its size, language, and the resident's choices of this visit. */
    record Look(int width, int height, String language, boolean highContrast, boolean voice, boolean zoomed, boolean low) {
    }

    /** A kiosk over {@code site} with {@code screen} staged (call on the EDT; {@link KioskApp#stop()} it after). */
    static KioskApp stage(SiteRuntime site, KioskAssembly.FontChoice font, Look look, String screen, boolean practice, PrintWriter err) {
        SiteConfig config = font.config();
        ScreenGeometry geometry = config.screen().resized(look.width(), look.height());
        SiteConfig sized = config.withScreen(geometry);
        ScreenScale scale = new ScreenScale(geometry, font.family());
        KioskServices services = KioskAssembly.services(site, sized, font.family(), err);
        KioskApp kiosk = new KioskApp(services, new DirectTasks(), Theme.installTouch(font.family(), scale), scale,
                look.width() > look.height());
        kiosk.setLanguage(look.language());
        kiosk.setHighContrast(look.highContrast());
        kiosk.setZoomed(look.zoomed());
        kiosk.setLowPosition(look.low());
        if (practice) {
            kiosk.markAsPractice();
        }
        new KioskStager(kiosk, services).stage(screen);
        if (look.voice()) {
            // it says it is on, then reads the screen: the caption shows the reading
            kiosk.setVoice(true);
        }
        return kiosk;
    }
}
