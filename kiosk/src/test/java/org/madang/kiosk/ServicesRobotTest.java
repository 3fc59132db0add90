package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.CheckInOutcome;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;
import org.madang.hardware.testing.Poll;

/**
 * Each kiosk service end to end in a real window, the way a resident goes through it, checking
 * the database and what the simulated printer printed.
 */
class ServicesRobotTest extends KioskRobot {

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    /** The receipt's QR, read as the scanner simulator reads it (zxing's finder alone misses about one picture in 150). */
    private static String qrOf(BufferedImage image) {
        return org.madang.hardware.qr.QrImageDecoder.decode(image).orElseThrow();
    }

    private List<ResidentBooking> bookingsOfKimYounghee() {
        return fixture.services.bookingStore().upcoming(1, LocalDateTime.now(fixture.site.clock));
    }

    @Test
    void aRuleThatRefusesIsSaidInWordsBeforeBookNowAndNothingIsBooked() {
        // 김영희 already has a time on the first sports court today; tomorrow she takes one, then tries a second
        long before = fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1");
        Slot first = freeTime(fixture, "tennis-2");
        click("idle.start");
        chooseSportsTime("tennis-2", first);
        click("card.0");
        click("confirm.book");
        waitForScreen("booking.done");
        click("done.finish");
        waitForScreen("idle");

        Slot second = freeTime(fixture, "tennis-2");
        assertThat(second.startsAt().toLocalDate()).isEqualTo(first.startsAt().toLocalDate());
        click("idle.start");
        chooseSportsTime("tennis-2", second);
        click("card.0");
        waitForScreen("booking.confirm");
        Poll.until(() -> !text("confirm.refusal").isEmpty(), "the refusal");
        assertThat(text("confirm.refusal")).contains("하루에 한 번");
        assertThat(GuiActionRunner.execute(() -> window.button("confirm.book").target().isEnabled())).isFalse();
        click("confirm.again");
        waitForScreen("booking.slots");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1")).isEqualTo(before + 1);
    }

    @Test
    void myBookingsCancelsWithTheRefundShownFirst() {
        ResidentBooking room = bookingsOfKimYounghee().stream().filter(b -> b.booking().startsAt().toLocalDate()
                .equals(TestSite.NOW.toLocalDate().plusDays(4))).findFirst().orElseThrow();
        click("idle.start");
        click("home.mine");
        click("card.0");
        waitForScreen("mine.list");
        int index = bookingsOfKimYounghee().indexOf(room);
        click("mine.askCancel." + index);
        waitForScreen("mine.cancel");
        int refund = room.booking().fee() * 90 / 100 / 10 * 10;
        assertThat(text("mine.refund")).contains("90%").contains(String.format("%,d", refund));
        click("mine.confirmCancel");
        waitForScreen("mine.cancelled");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND refund = " + refund
                + " AND id = " + room.booking().id())).isEqualTo(1);
        click("mine.more");
        waitForScreen("mine.list");
        assertThat(bookingsOfKimYounghee()).doesNotContain(room);
    }

    @Test
    void myBookingsPrintsAReceiptAgainWithAWorkingQr() throws Exception {
        click("idle.start");
        click("home.mine");
        click("card.0");
        waitForScreen("mine.list");
        click("mine.reprint.0");
        Poll.until(() -> fixture.printer.lastPrinted().isPresent(), "the reprint");
        String number = bookingsOfKimYounghee().get(0).booking().number();
        assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText()).contains(number);
        assertThat(fixture.site.checkIns().residentOf(qrOf(fixture.printer.lastPrinted().orElseThrow().image()))).contains(1L);
        Poll.until(() -> text("mine.note").contains("영수증이 나왔습니다"), "the word that it printed");
    }

    @Test
    void checkInByQrFromHalfAnHourBeforeAndAPlainAnswerForACodeFromElsewhere() {
        ResidentBooking today = bookingsOfKimYounghee().get(0);
        assertThat(today.booking().startsAt().toLocalDate()).isEqualTo(TestSite.NOW.toLocalDate());
        fixture.site.clock.set(today.booking().startsAt().minusMinutes(10));
        click("idle.start");
        click("home.checkin");
        waitForScreen("checkin");

        GuiActionRunner.execute(() -> fixture.scanner.scan("https://coupon.example.com/c/1"));
        Poll.until(() -> text("checkin.answer").contains("예약 영수증 QR 코드가 아닙니다"), "the foreign-code answer");

        GuiActionRunner.execute(() -> fixture.scanner.scan(fixture.services.receipts().checkInCode(today.booking())));
        Poll.until(() -> text("checkin.answer").contains("입장 확인이 되었습니다"), "the welcome");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CHECKED_IN' AND id = " + today.booking().id()))
                .isEqualTo(1);

        GuiActionRunner.execute(() -> fixture.scanner.scan(fixture.services.receipts().checkInCode(today.booking())));
        Poll.until(() -> text("checkin.answer").contains("이미 하셨습니다"), "the already-checked-in answer");
    }

    @Test
    void aPriorityQueueTicketIsNumberedStoredAndPrintedWithItsQr() throws Exception {
        long waitingBefore = fixture.site.count("SELECT COUNT(*) FROM queue_ticket q JOIN queue_service s ON s.id = q.service_id "
                + "WHERE s.code = 'civil' AND q.status = 'WAITING'");
        click("idle.start");
        click("home.queue");
        click("line.civil");
        waitForScreen("queue.priority");
        click("priority.senior");
        waitForScreen("queue.ticket");
        String label = text("ticket.number");
        assertThat(label).matches("A\\d{3}");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket WHERE priority_reason = 'SENIOR' AND number = "
                + Integer.parseInt(label.substring(1)))).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket q JOIN queue_service s ON s.id = q.service_id "
                + "WHERE s.code = 'civil' AND q.status = 'WAITING'")).isEqualTo(waitingBefore + 1);
        var printed = fixture.printer.lastPrinted().orElseThrow();
        assertThat(printed.receipt().plainText()).contains(label).contains("민원 업무").contains("우선 번호표");
        String qr = qrOf(printed.image());
        assertThat(qr).startsWith("MDG1.T.").contains(label);
        // the ticket's code is ours, but it is not a booking: check-in says so
        assertThat(fixture.site.checkIns().checkIn(qr)).isInstanceOfSatisfying(CheckInOutcome.Refused.class,
                r -> assertThat(r.refusal().messageKey()).isEqualTo("checkin.refused.queueTicket"));
    }

    @Test
    void aNoticeIsLikedOncePerVisit() {
        click("idle.start");
        click("home.notices");
        waitForScreen("notices");
        long id = fixture.site.notices().current().get(0).id();
        long likes = fixture.site.count("SELECT likes FROM notice WHERE id = " + id);
        click("notice." + id + ".like");
        Poll.until(() -> fixture.site.count("SELECT likes FROM notice WHERE id = " + id) == likes + 1, "the like");
        Poll.until(() -> GuiActionRunner.execute(() -> !window.button("notice." + id + ".like").target().isEnabled()),
                "the like button to say it is done");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM notice_like WHERE notice_id = " + id)).isEqualTo(1);
    }

    @Test
    void theIdleScreenTurnsNoticesOnlyWhenAskedOrEveryFewSecondsAndATouchWakes() {
        waitForScreen("idle");
        Poll.until(() -> GuiActionRunner.execute(() -> app.screens().idle().current() != null), "a notice on the idle screen");
        String first = GuiActionRunner.execute(() -> app.screens().idle().current().title().in("ko"));
        click("idle.notice.pause");
        click("idle.notice.next");
        Poll.until(() -> !first.equals(GuiActionRunner.execute(() -> app.screens().idle().current().title().in("ko"))), "the next notice");
        assertThat(GuiActionRunner.execute(() -> app.screens().idle().paused())).isTrue();
        assertThat(currentScreenNow()).isEqualTo("idle");
        click("idle.start");
        waitForScreen("home");
    }

    @Test
    void aSessionLeftAloneEndsAndForgetsTheResident() {
        click("idle.start");
        click("home.mine");
        click("card.0");
        waitForScreen("mine.list");
        assertThat(GuiActionRunner.execute(() -> app.visit().resident())).isPresent();
        fixture.site.clock.advance(Duration.ofSeconds(121));
        waitForScreen("idle");
        assertThat(GuiActionRunner.execute(() -> app.visit().resident())).isEmpty();
    }

    @Test
    void moreTimeKeepsTheSessionAndItsResident() {
        click("idle.start");
        click("home.mine");
        click("card.0");
        waitForScreen("mine.list");
        fixture.site.clock.advance(Duration.ofSeconds(100));
        Poll.until(() -> showing("session.warning"), "the warning");
        click("session.more");
        fixture.site.clock.advance(Duration.ofSeconds(100));
        Poll.until(() -> showing("session.warning"), "the second warning");
        assertThat(currentScreenNow()).isEqualTo("mine.list");
        assertThat(GuiActionRunner.execute(() -> app.visit().resident())).isPresent();
    }

    private String currentScreenNow() {
        return GuiActionRunner.execute(this::currentScreen);
    }
}
