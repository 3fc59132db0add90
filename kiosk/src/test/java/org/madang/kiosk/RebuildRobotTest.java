package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.facility.Slot;
import org.madang.hardware.testing.Poll;

/**
 * Zoom and low position rebuild every screen: a resident who turns them on halfway through a
 * service finds it where they left it — the same screen with the same content, the same way back,
 * and the same presenter behind the buttons (nothing chosen is lost, nothing is done twice).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RebuildRobotTest extends KioskRobot {

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    /**
     * A start makes no service's screens (the first frame is the idle screen's); a service's are made
     * when the resident opens it, made again at once when the screens are rebuilt mid-visit (so what it
     * showed can be shown again), and not carried into the next visit.
     */
    @Test
    void servicesScreensAreMadeWhenFirstUsedAndKeptAcrossARebuildOnly() {
        assertThat(GuiActionRunner.execute(() -> app.screens().servicesMade())).isZero();
        click("idle.start");
        click("home.queue");
        waitForScreen("queue.lines");
        assertThat(GuiActionRunner.execute(() -> app.screens().servicesMade())).isEqualTo(1);
        GuiActionRunner.execute(() -> app.setLanguage("en"));
        waitForScreen("queue.lines");
        assertThat(GuiActionRunner.execute(() -> app.screens().servicesMade())).as("remade for the replay").isEqualTo(1);
        GuiActionRunner.execute(() -> app.reset());
        waitForScreen("idle");
        assertThat(GuiActionRunner.execute(() -> app.screens().servicesMade())).as("a new visit starts bare").isZero();
    }

    @Test
    void zoomingOnATicketKeepsItsNumberAndItsQuestion() {
        click("idle.start");
        click("home.queue");
        click("line.civil");
        waitForScreen("queue.priority");
        click("priority.none");
        waitForScreen("queue.ticket");
        String number = text("ticket.number");
        String ahead = text("ticket.ahead");
        long tickets = fixture.site.count("SELECT COUNT(*) FROM queue_ticket");
        GuiActionRunner.execute(() -> app.setZoomed(true));
        waitForScreen("queue.ticket");
        assertThat(text("ticket.number")).isEqualTo(number);
        assertThat(text("ticket.ahead")).isEqualTo(ahead);
        click("survey.good");
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM satisfaction WHERE " + FROM_THIS_TEST + " AND modes = 'ZOOM'") == 1, "the answer, zoomed");
        // zooming back keeps the thanks: the question is not asked again of an answered ticket
        GuiActionRunner.execute(() -> app.setZoomed(false));
        waitForScreen("queue.ticket");
        Poll.until(() -> showing("survey.status") && !showing("survey.good"), "the thanks kept");
        // shown again, not taken again
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket")).isEqualTo(tickets);
    }

    @Test
    void lowPositionOnTheConfirmationKeepsTheChoiceAndBooksOnce() {
        long before = fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1");
        Slot slot = freeTime(fixture, "tennis-2");
        click("idle.start");
        chooseSportsTime("tennis-2", slot);
        click("card.0");
        waitForScreen("booking.confirm");
        String hint = text("booking.confirm.hint");
        GuiActionRunner.execute(() -> app.setLowPosition(true));
        waitForScreen("booking.confirm");
        assertThat(text("booking.confirm.hint")).isEqualTo(hint);
        // the way back is the way it came: the card, then the day's times
        click("nav.back");
        waitForScreen("booking.identify");
        click("nav.back");
        waitForScreen("booking.slots");
        click("slot." + slot.startsAt().toLocalTime());
        Poll.until(() -> java.util.Set.of("booking.identify", "booking.confirm").contains(GuiActionRunner.execute(this::currentScreen)),
                "the card or the confirmation");
        if ("booking.identify".equals(GuiActionRunner.execute(this::currentScreen))) {
            click("card.0");
        }
        waitForScreen("booking.confirm");
        click("confirm.book");
        waitForScreen("booking.done");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1")).isEqualTo(before + 1);
        assertThat(GuiActionRunner.execute(() -> app.isLowPosition())).isTrue();
    }
}
