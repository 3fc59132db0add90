package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoSeeder;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.staff.StaffExitPage;

/**
 * The staff exit in a real window: Ctrl+Alt+Shift+E on a plugged-in keyboard opens the sign-in,
 * a clerk who may not is refused in words and Back returns where the kiosk was, a supervisor's
 * sign-in closes the kiosk. A kiosk that does not offer it ignores the keys.
 */
class StaffExitRobotTest extends KioskRobot {

    /** Ctrl+Alt+Shift+E (AssertJ-Swing takes the old-style modifier masks). */
    @SuppressWarnings("deprecation")
    private void staffKeys() {
        window.robot().pressAndReleaseKey(KeyEvent.VK_E, InputEvent.CTRL_MASK | InputEvent.ALT_MASK | InputEvent.SHIFT_MASK);
    }

    @Test
    void aSupervisorClosesTheKioskAndAClerkMayNot() {
        AtomicInteger closed = new AtomicInteger();
        staffKeys();
        assertThat(currentScreen()).as("not offered: the keys do nothing").isEqualTo("idle");
        GuiActionRunner.execute(() -> app.offerStaffExit(closed::incrementAndGet));
        staffKeys();
        waitForScreen(StaffExitPage.ID);
        window.textBox("staffExit.login").enterText(DemoSeeder.DEMO_CLERK_LOGIN);
        window.textBox("staffExit.password").enterText(DemoSeeder.DEMO_CLERK_PASSWORD);
        click("staffExit.close");
        Poll.until(() -> showing("staffExit.refused"), "the clerk refused");
        assertThat(window.textBox("staffExit.refused").text()).contains("키오스크를 닫을 수 없습니다");
        assertThat(closed.get()).isZero();
        window.textBox("staffExit.login").deleteText().enterText(DemoSeeder.DEMO_SUPERVISOR_LOGIN);
        window.textBox("staffExit.password").enterText(DemoSeeder.DEMO_CLERK_PASSWORD);
        click("staffExit.close");
        Poll.until(() -> closed.get() == 1, "the kiosk closed by the supervisor");
    }

    @Test
    void backReturnsWhereTheKioskWas() {
        GuiActionRunner.execute(() -> app.offerStaffExit(() -> { }));
        click("idle.start");
        waitForScreen("home");
        staffKeys();
        waitForScreen(StaffExitPage.ID);
        click("staffExit.back");
        waitForScreen("home");
    }
}
