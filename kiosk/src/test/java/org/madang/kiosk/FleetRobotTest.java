package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.site.Terminal;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalStatus;
import org.madang.core.testing.TestSite;
import org.madang.hardware.device.DeviceCondition;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.fleet.FleetPresenter;

/**
 * The kiosk as one of the fleet, in a real window: its heartbeat reaches the site, a lock ordered
 * at the counter (another terminal) is honoured once the resident in front has finished, the
 * locked screen still calls staff, and a printer out of paper pauses the services that need it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FleetRobotTest extends KioskRobot {
    private FleetPresenter fleet;
    private TestSite counter;

    private void beating() {
        fixture.site.staff("boss=SUPERVISOR");
        counter = TestSite.open(fixture.site.dir.root(), new Terminal("counter-1"));
        fleet = new FleetPresenter(app, fixture.site.fleet(), fixture.services.devices().watch(fixture.site.clock), executor, () -> 9000,
                fixture.site.clock.instant()).start(Duration.ofMillis(100));
    }

    @AfterEach
    void stopBeating() {
        if (fleet != null) {
            fleet.close();
        }
        if (counter != null) {
            counter.close();
        }
    }

    private TerminalStatus seen() {
        return counter.fleet().terminal("kiosk-test").orElseThrow();
    }

    @Test
    void aLockFromTheCounterWaitsForTheResidentThenShowsAndStillCallsStaff() {
        beating();
        Poll.until(() -> counter.fleet().terminal("kiosk-test").isPresent(), "the first beat");
        click("idle.start");
        waitForScreen("home");
        Poll.until(() -> seen().session() == SessionState.IN_USE, "the counter sees the kiosk in use");
        assertThat(counter.fleet().lock("kiosk-test", "용지 교체 중입니다", "boss")).isEmpty();
        Poll.until(() -> seen().lockPending(), "the lock ordered, waiting for the resident");
        // the resident in front is not thrown out: home stays until they finish
        assertThat(GuiActionRunner.execute(this::currentScreen)).isEqualTo("home");
        GuiActionRunner.execute(() -> app.reset());
        waitForScreen("locked");
        assertThat(GuiActionRunner.execute(() -> window.textBox("locked.message").text())).isEqualTo("용지 교체 중입니다");
        Poll.until(() -> seen().session() == SessionState.LOCKED, "the counter sees it locked");
        // the idle screen's touch and the keys lead nowhere while locked
        window.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_HOME);
        assertThat(GuiActionRunner.execute(this::currentScreen)).isEqualTo("locked");
        click("locked.staff");
        Poll.until(() -> showing("locked.staffComing"), "staff coming");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM staff_call WHERE screen = 'locked' AND answered_at IS NULL")).isEqualTo(1);
        assertThat(counter.fleet().unlock("kiosk-test", "boss")).isEmpty();
        waitForScreen("idle");
        Poll.until(() -> seen().session() == SessionState.IDLE && seen().lock().isEmpty(), "the counter sees it open again");
    }

    @Test
    void aLockOnAnIdleKioskShowsAtOnce() {
        beating();
        Poll.until(() -> counter.fleet().terminal("kiosk-test").isPresent(), "the first beat");
        assertThat(counter.fleet().lock("kiosk-test", "점검 중", "boss")).isEmpty();
        waitForScreen("locked");
        click("locked.staff");
        Poll.until(() -> showing("locked.staffComing"), "staff coming");
    }

    @Test
    void aPrinterOutOfPaperPausesBookingAndTicketsSayingWhyAndTheyResumeWithPaper() {
        beating();
        click("idle.start");
        waitForScreen("home");
        fixture.printer.pullPaper();
        Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().containsAll(java.util.Set.of("home.booking", "home.queue"))),
                "booking and tickets paused");
        Poll.until(() -> seen().devices().get("receiptPrinter") == DeviceCondition.PAPER_OUT, "the counter sees paper out");
        assertThat(seen().paused()).contains("home.booking", "home.queue");
        assertThat(GuiActionRunner.execute(() -> window.button("home.booking").target().getText())).contains("영수증 프린터");
        click("home.booking");
        // the tile says why instead of opening the booking
        assertThat(GuiActionRunner.execute(this::currentScreen)).isEqualTo("home");
        assertThat(GuiActionRunner.execute(() -> window.textBox("home.hint").text())).contains("영수증 프린터");
        // a service that needs no printer still opens
        click("home.notices");
        waitForScreen("notices");
        click("nav.home");
        waitForScreen("home");
        fixture.printer.loadPaper();
        Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().isEmpty()), "the services back");
        click("home.booking");
        waitForScreen("booking.categories");
        // out and back: one event each, whatever the number of beats between
        Poll.until(() -> seen().devices().get("receiptPrinter") == DeviceCondition.READY, "the counter sees paper again");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DeviceConditionChanged' "
                + "AND payload LIKE '%\"from\":\"READY\"%' AND payload LIKE '%\"to\":\"PAPER_OUT\"%'")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DeviceConditionChanged' "
                + "AND payload LIKE '%\"from\":\"PAPER_OUT\"%' AND payload LIKE '%\"to\":\"READY\"%'")).isEqualTo(1);
    }

    @Test
    void aLostCountyPausesWhatNeedsItInPlainWordsKeepsNoticesAndReopensByItself() {
        fixture.site.staff("boss=SUPERVISOR");
        counter = TestSite.open(fixture.site.dir.root(), new Terminal("counter-1"));
        org.madang.core.county.CountyLink link = new org.madang.core.county.CountyLink(fixture.site.clock);
        fleet = new FleetPresenter(app, fixture.site.fleet(), fixture.services.devices().watch(fixture.site.clock), executor, () -> 9000,
                fixture.site.clock.instant()).following(link).start(Duration.ofMillis(100));
        click("idle.start");
        waitForScreen("home");
        link.lost("Connection to county.example:5432 refused");
        Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().containsAll(FleetPresenter.NEED_COUNTY)),
                "the county's services paused");
        assertThat(GuiActionRunner.execute(() -> app.pausedServices())).doesNotContain("home.notices");
        // the reason on a line of its own, so a narrow tile does not break it inside a word
        assertThat(GuiActionRunner.execute(() -> window.button("home.courses").target().getText())).contains("잠시 멈춤<br>(군청 연결 끊김)");
        // said once above the tiles: what happened, and that it mends itself
        assertThat(GuiActionRunner.execute(() -> window.textBox("home.hint").text())).contains("군청과 연결이 끊겨", "저절로 다시 열립니다");
        click("home.booking");
        assertThat(GuiActionRunner.execute(this::currentScreen)).isEqualTo("home");
        // not "use another kiosk or the counter": they have lost the county too
        assertThat(GuiActionRunner.execute(() -> window.textBox("home.hint").text())).contains("연결이 돌아오면 저절로 다시 열립니다")
                .doesNotContain("창구");
        click("home.notices");
        waitForScreen("notices");
        click("nav.home");
        waitForScreen("home");
        link.heard();
        Poll.until(() -> GuiActionRunner.execute(() -> app.pausedServices().isEmpty()), "the services back by themselves");
        click("home.booking");
        waitForScreen("booking.categories");
    }
}
