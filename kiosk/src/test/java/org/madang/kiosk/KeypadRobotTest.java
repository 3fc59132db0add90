package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.event.KeyEvent;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;
import org.madang.hardware.testing.Poll;
import org.madang.ui.Theme;

/** A resident who cannot use the touch screen books with the keypad alone, and switches to high contrast. */
class KeypadRobotTest extends KioskRobot {

    @Test
    void aResidentBooksACourtWithTheArrowsAndOkAlone() {
        Slot free = freeTime(fixture, "tennis-1");
        press("idle.start");
        press("home.booking");
        press("category.sports");
        press("facility.tennis-1");
        press("facility.days");
        press("day." + free.startsAt().toLocalDate());
        press("slot." + free.startsAt().toLocalTime());
        // the demo's on-screen card reader, reached with the keypad like every other control
        press("card.0");
        press("confirm.book");
        waitForScreen("booking.done");

        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1 AND created_at = TIMESTAMP '"
                + TestSite.NOW.toString().replace('T', ' ') + "'")).isEqualTo(1L);
        assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText()).contains("테니스장 1번 코트");
    }

    @Test
    void highContrastIsOneKeyAndOneTouchAwayAndLastsOnlyTheVisit() {
        press("idle.start");
        waitForScreen("home");
        window.robot().pressAndReleaseKey(KeyEvent.VK_F2);
        Poll.until(() -> GuiActionRunner.execute(Theme::isHighContrast), "high contrast by F2");
        assertThat(GuiActionRunner.execute(() -> app.root().getBackground())).isEqualTo(Color.BLACK);
        assertThat(window.button("nav.contrast").text()).contains("보통 화면");

        click("home.queue");
        waitForScreen("queue.lines");
        click("nav.contrast");
        Poll.until(() -> !GuiActionRunner.execute(Theme::isHighContrast), "ordinary colours by touch");
        assertThat(window.button("nav.contrast").text()).contains("고대비 화면");
        assertThat(currentScreenNow()).isEqualTo("queue.lines");

        click("nav.contrast");
        Poll.until(() -> GuiActionRunner.execute(Theme::isHighContrast), "high contrast by touch");
        GuiActionRunner.execute(app::reset);
        assertThat(GuiActionRunner.execute(Theme::isHighContrast)).isFalse();
        assertThat(window.button("nav.contrast").text()).contains("고대비 화면");
    }

    @Test
    void zoomedTheArrowsScrollTheScreenToEachServiceTheyReach() {
        press("idle.start");
        waitForScreen("home");
        click("nav.zoom");
        Poll.until(() -> GuiActionRunner.execute(() -> app.isZoomed()), "zoom 200 %");
        // the last service is far below the first at 200 %: reached by Down, it is scrolled into view before OK
        press("home.notices");
        waitForScreen("notices");
    }

    private String currentScreenNow() {
        return GuiActionRunner.execute(this::currentScreen);
    }


    @Test
    void zoomAndLowPositionAreOneTouchAwayKeepTheScreenAndLastOnlyTheVisit() {
        click("idle.start");
        waitForScreen("home");
        click("home.queue");
        waitForScreen("queue.lines");

        click("nav.zoom");
        Poll.until(() -> GuiActionRunner.execute(() -> app.isZoomed()), "zoom 200 %");
        assertThat(currentScreenNow()).isEqualTo("queue.lines");
        assertThat(showing("line.civil")).as("the rebuilt screen shows what it showed").isTrue();
        assertThat(showing("screens.zoomed")).as("a zoomed screen scrolls").isTrue();
        assertThat(window.button("nav.zoom").text()).contains("원래 크기");

        click("nav.low");
        Poll.until(() -> GuiActionRunner.execute(() -> app.isLowPosition()), "low-position mode");
        assertThat(showing("low.above")).as("the part out of reach shows words only").isTrue();
        assertThat(currentScreenNow()).isEqualTo("queue.lines");

        GuiActionRunner.execute(app::reset);
        assertThat(GuiActionRunner.execute(() -> app.isZoomed())).isFalse();
        assertThat(GuiActionRunner.execute(() -> app.isLowPosition())).isFalse();
        assertThat(showing("low.above")).isFalse();
    }
}
