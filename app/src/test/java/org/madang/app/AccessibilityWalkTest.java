package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.config.ScreenGeometry;
import org.madang.kiosk.home.HomePage;
import org.madang.ui.DirectTasks;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.ScreenAudit;

/**
 * Walks every kiosk screen, portrait and landscape, Korean and English, with the demo site's
 * screen geometry (398 mm wide at 1080 px, 12 mm Hangul glyphs), rendered offscreen, and checks
 * ACCESSIBILITY.md: nothing runs off the side or under the bottom bar; every touch target is at
 * least 12 mm each way and 150 mm², at least 2.5 mm from the next, and named for assistive
 * technology; Hangul text is at least the site's glyph height; text contrast is at least 4.5:1 —
 * and 7:1 in the high-contrast colours, which every screen is walked in too; and again in Chinese and
 * Vietnamese, and zoomed to 200 %.
 */
class AccessibilityWalkTest {

    @ParameterizedTest(name = "{0}x{1} {2} high contrast {3} zoomed {4}")
    @CsvSource({"1080, 1920, ko, false, false", "1080, 1920, en, false, false", "1920, 1080, ko, false, false",
        "1920, 1080, en, false, false", "1080, 1920, ko, true, false", "1080, 1920, en, true, false", "1920, 1080, ko, true, false",
        "1920, 1080, en, true, false",
        // Chinese and Vietnamese, in their own fonts
        "1080, 1920, zh, false, false", "1080, 1920, vi, false, false", "1920, 1080, zh, false, false", "1920, 1080, vi, false, false",
        // zoom 200 % (ACCESSIBILITY.md #5): everything twice the size, re-flowed, scrolling where needed, nothing cut
        "1080, 1920, ko, false, true", "1080, 1920, en, false, true", "1920, 1080, ko, false, true", "1920, 1080, vi, false, true"})
    void everyScreenFitsAndEveryButtonIsBigEnoughAndNamed(int width, int height, String lang, boolean highContrast, boolean zoomed)
            throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            ScreenGeometry geometry = fixture.config().screen().resized(width, height);
            ScreenScale scale = new ScreenScale(geometry, fixture.font());
            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                KioskApp app = new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale,
                        width > height);
                app.setLanguage(lang);
                app.setHighContrast(highContrast);
                app.setZoomed(zoomed);
                // the home screen with every tile a site may offer, practice included
                app.offerPractice(() -> { });
                KioskStager stager = new KioskStager(app, fixture.services());
                for (String id : KioskApp.screenIds()) {
                    stager.stage(id);
                    BufferedImage image = Offscreen.render(app.root(), width, height);
                    assertThat(app.screens().navigator().current()).isEqualTo(id);
                    assertThat(ScreenAudit.colours(image)).as("colours drawn on %s", id).isGreaterThan(4);
                    ScreenAudit.check(id, app.root(), app.root(), scale, highContrast ? 7.0 : 4.5, problems);
                    ScreenAudit.checkGaps(id, app.root(), scale, problems);
                }
                // and the home screen of a site that does not offer practice (one tile fewer, laid out otherwise)
                app.offerPractice(null);
                stager.stage(HomePage.ID);
                Offscreen.render(app.root(), width, height);
                ScreenAudit.check("home without practice", app.root(), app.root(), scale, highContrast ? 7.0 : 4.5, problems);
                ScreenAudit.checkGaps("home without practice", app.root(), scale, problems);
                if (highContrast) {
                    assertThat(app.root().getBackground()).isEqualTo(Color.BLACK);
                }
                app.stop();
            });
            assertThat(problems).isEmpty();
        }
    }


    /**
     * Low-position mode (ACCESSIBILITY.md #6): on a tall screen whose top is above a seated resident's
     * reach (the demo's, 700 mm off the floor), and on a wide one mounted high, every control of every
     * screen — as much of it as shows — lies between 400 and 1,220 mm above the floor; the rest of the
     * checks hold as ever.
     */
    @ParameterizedTest(name = "{0}x{1} {2} mounted at {3} mm")
    @CsvSource({"1080, 1920, ko, 700", "1080, 1920, en, 700", "1920, 1080, ko, 1000", "1080, 1920, vi, 900"})
    void everyControlIsWithinReachInLowPositionMode(int width, int height, String lang, int mountMm) throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            ScreenGeometry demo = fixture.config().screen().resized(width, height);
            ScreenGeometry geometry = new ScreenGeometry(width, height, demo.widthMm(), demo.heightMm(), mountMm, demo.minGlyphMm());
            ScreenScale scale = new ScreenScale(geometry, fixture.font());
            assertThat(scale.partlyOutOfReach()).as("part of this screen is out of reach").isTrue();
            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                KioskApp app = new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale,
                        width > height);
                app.setLanguage(lang);
                app.setLowPosition(true);
                app.offerPractice(() -> { });
                KioskStager stager = new KioskStager(app, fixture.services());
                for (String id : KioskApp.screenIds()) {
                    stager.stage(id);
                    Offscreen.render(app.root(), width, height);
                    ScreenAudit.check(id, app.root(), app.root(), scale, 4.5, problems);
                    ScreenAudit.checkGaps(id, app.root(), scale, problems);
                    ScreenAudit.checkReach(id, app.root(), scale, problems);
                }
                app.stop();
            });
            assertThat(problems).isEmpty();
        }
    }
}
