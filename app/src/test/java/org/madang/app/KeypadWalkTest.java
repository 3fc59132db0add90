package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.ui.DirectTasks;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskWindow;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.KeypadAudit;

/**
 * The keypad part of the accessibility walk (ACCESSIBILITY.md #7): on every kiosk screen, in a
 * real window, the arrow keys alone reach every control — in reading order, top to bottom and
 * left to right, round through the bars — each one shows a focus ring that stands out (3:1)
 * from what is behind it, is scrolled fully into view, and is pressed by Enter; and walking the
 * controls scrolls every part of a long screen into view, so nothing is out of a keypad's reach.
 */
class KeypadWalkTest {

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"900, 1600, ko", "1600, 900, en"})
    void theArrowsReachEveryControlInReadingOrderWithAVisibleRing(int width, int height, String lang) {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create("screen.widthPx=" + width, "screen.heightPx=" + height)) {
            KioskWindow kiosk = GuiActionRunner.execute(() -> {
                ScreenScale scale = new ScreenScale(fixture.config().screen(), fixture.font());
                return new KioskWindow(new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale,
                        width > height),
                        "kiosk", width, height, false, () -> { });
            });
            FrameFixture window = new FrameFixture(kiosk.frame());
            // every key is waited for (waitForIdle): no fixed pause after each is needed
            window.robot().settings().delayBetweenEvents(5);
            window.robot().settings().eventPostingDelay(5);
            try {
                GuiActionRunner.execute(kiosk::show);
                KioskApp app = kiosk.app();
                GuiActionRunner.execute(() -> app.setLanguage(lang));
                KioskStager stager = new KioskStager(app, fixture.services());
                List<String> problems = new ArrayList<>();
                for (String id : KioskApp.screenIds()) {
                    GuiActionRunner.execute(() -> stager.stage(id));
                    KeypadAudit.walk(id, app.root(), GuiActionRunner.execute(() -> app.screens().navigator().screen(id)), window.robot(), problems);
                }
                assertThat(problems).isEmpty();
            } finally {
                window.cleanUp();
            }
        }
    }

}
