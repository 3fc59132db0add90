package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.hardware.testing.Poll;
import org.madang.core.booking.BookingNumber;
import org.madang.core.booking.CheckInToken;
import org.madang.core.testing.TestSite;

/** A resident books a court at the kiosk in a real window: the booking is stored and the receipt comes out. */
class KioskRobotTest extends KioskRobot {

    @Test
    void aResidentBooksACourtAndTakesTheReceipt() throws Exception {
        click("idle.start");
        click("home.booking");
        click("category.sports");
        click("facility.tennis-1");
        click("facility.days");
        org.madang.core.facility.Slot free = freeTime(fixture, "tennis-1");
        click("day." + free.startsAt().toLocalDate());
        click("slot." + free.startsAt().toLocalTime());
        click("card.0");
        click("confirm.book");
        Poll.until(() -> "booking.done".equals(GuiActionRunner.execute(this::currentScreen)),
                "the done screen");

        List<Long> booked = fixture.site.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM booking WHERE resident_id = 1 AND created_at = :now").bind("now", TestSite.NOW).mapTo(Long.class).list());
        assertThat(booked).hasSize(1);
        String number = BookingNumber.of(booked.get(0));
        window.textBox("done.printed").requireVisible();
        assertThat(window.textBox("booking.done.hint").text()).contains(number);

        Path png;
        try (Stream<Path> files = Files.list(fixture.outbox())) {
            png = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        var image = ImageIO.read(png.toFile());
        // the decoder the kiosk's scanner simulator uses: zxing's finder alone misses about one QR picture in 150
        String qr = org.madang.hardware.qr.QrImageDecoder.decode(image).orElseThrow();
        assertThat(new CheckInToken(fixture.site.keys.tokenKey()).verify(qr)).contains(number);
        assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText()).contains("테니스장 1번 코트").contains(number);

        click("done.finish");
        Poll.until(() -> "idle".equals(GuiActionRunner.execute(this::currentScreen)), "the idle screen after finishing");
    }

    @Test
    void escapeGoesBackAndHomeGoesHome() {
        click("idle.start");
        click("home.booking");
        click("category.room");
        Poll.until(() -> "booking.facilities".equals(GuiActionRunner.execute(this::currentScreen)), "the facilities");
        window.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        Poll.until(() -> "booking.categories".equals(GuiActionRunner.execute(this::currentScreen)), "back to categories");
        window.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_HOME);
        Poll.until(() -> "home".equals(GuiActionRunner.execute(this::currentScreen)), "home");
    }

    @Test
    void theStaffCallButtonAlertsTheCounterOnceAndTellsTheResident() {
        click("idle.start");
        click("home.booking");
        click("nav.staff");
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'StaffCalled'") == 1, "the staff call event");
        Poll.until(() -> GuiActionRunner.execute(() -> window.textBox("kiosk.staffComing").target().isShowing()), "the word that help is coming");
        assertThat(window.textBox("kiosk.staffComing").text()).isEqualTo("직원을 불렀습니다. 곧 도와드리러 갑니다.");
        click("nav.staff");
        Poll.until(() -> fixture.site.count("SELECT COUNT(*) FROM staff_call WHERE screen = 'booking.categories'") == 1,
                "the call naming the screen");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM staff_call")).isEqualTo(1);
    }
}
