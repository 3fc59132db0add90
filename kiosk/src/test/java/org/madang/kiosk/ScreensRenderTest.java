package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.config.ScreenGeometry;
import org.madang.ui.DirectTasks;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * Every kiosk screen, portrait and landscape, Korean and English: rendered offscreen, with
 * nothing running off the side, every button at least 12 mm each way and named for assistive
 * technology.
 */
class ScreensRenderTest {

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1080, 1920, ko", "1080, 1920, en", "1920, 1080, ko", "1920, 1080, en"})
    void everyScreenFitsAndEveryButtonIsBigEnoughAndNamed(int width, int height, String lang) throws Exception {
        try (KioskFixture fixture = new KioskFixture()) {
            ScreenGeometry geometry = fixture.config.screen().resized(width, height);
            ScreenScale scale = new ScreenScale(geometry, fixture.font);
            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                Theme.installTouch(fixture.font, scale);
                KioskApp app = new KioskApp(fixture.services, new DirectTasks(), scale, width > height);
                app.setLanguage(lang);
                ScreenStager stager = new ScreenStager(app, fixture.services);
                for (String id : KioskApp.screenIds()) {
                    stager.stage(id);
                    BufferedImage image = Offscreen.render(app.root(), width, height);
                    assertThat(app.navigator().current()).isEqualTo(id);
                    assertThat(image.getRGB(width / 2, height / 2) != image.getRGB(1, 1) || id.equals("idle")).isTrue();
                    check(id, app.root(), app.root(), scale, problems);
                }
                app.stop();
            });
            assertThat(problems).isEmpty();
        }
    }

    private static void check(String screen, Component c, Container root, ScreenScale scale, List<String> problems) {
        if (!c.isVisible()) {
            return;
        }
        Rectangle r = SwingUtilities.convertRectangle(c.getParent() == null ? c : c.getParent(), c.getBounds(), root);
        Container clip = SwingUtilities.getAncestorOfClass(JViewport.class, c);
        Rectangle bounds = clip == null ? new Rectangle(0, 0, root.getWidth(), root.getHeight())
                : SwingUtilities.convertRectangle(clip.getParent(), clip.getBounds(), root);
        if (c != root && r.x + r.width > bounds.x + bounds.width + 1) {
            problems.add(screen + ": " + describe(c) + " runs off the right edge (" + (r.x + r.width) + " > " + (bounds.x + bounds.width) + ")");
        }
        if (c != root && clip == null && r.y + r.height > bounds.y + bounds.height + 1) {
            problems.add(screen + ": " + describe(c) + " runs off the bottom (" + (r.y + r.height) + " > " + (bounds.y + bounds.height) + ")");
        }
        Container deck = SwingUtilities.getAncestorNamed("screens", c);
        if (deck != null && clip == null) {
            Rectangle d = SwingUtilities.convertRectangle(deck.getParent(), deck.getBounds(), root);
            if (r.y + r.height > d.y + d.height + 1) {
                problems.add(screen + ": " + describe(c) + " is hidden under the bottom bar (" + (r.y + r.height) + " > " + (d.y + d.height) + ")");
            }
        }
        if (c instanceof AbstractButton b && b.getWidth() > 0 && b.getHeight() > 0) {
            double minMm = 12;
            if (scale.toMm(b.getWidth()) < minMm - 0.05 || scale.toMm(b.getHeight()) < minMm - 0.05) {
                problems.add(screen + ": " + describe(c) + " is " + b.getWidth() + "x" + b.getHeight() + " px, under 12 mm");
            }
            String name = b.getAccessibleContext().getAccessibleName();
            if (name == null || name.isBlank()) {
                problems.add(screen + ": " + describe(c) + " has no accessible name");
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                check(screen, child, root, scale, problems);
            }
        }
    }

    private static String describe(Component c) {
        return c.getClass().getSimpleName() + " '" + c.getName() + "'";
    }
}
