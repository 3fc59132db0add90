package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.hardware.testing.Poll;

/**
 * "복지 상담 신청" end to end in a real window: the ID card, a topic, a call-back half-day or the
 * welfare counter now; the request in the resident's case, the slip saying only that it was received.
 */
class WelfareRobotTest extends KioskRobot {

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    @Test
    void aResidentAsksToBeCalledBackAndTheSlipSaysNothingOfTheTopic() {
        click("idle.start");
        click("home.welfare");
        waitForScreen("welfare.identify");
        click("card.0");
        waitForScreen("welfare.topic");
        assertThat(text("welfare.private")).contains("담당 공무원만");
        click("welfare.topic.HOUSING");
        waitForScreen("welfare.when");
        assertThat(text("welfare.phone")).contains("010-****-0001");
        click("welfare.window.0");
        waitForScreen("welfare.done");
        assertThat(text("welfare.received")).isEqualTo("상담 신청이 접수되었습니다.");
        assertThat(text("welfare.next")).contains("2026년 11월 23일 (월)").contains("09:00").contains("010-****-0001");
        assertThat(text("welfare.next") + text("welfare.received")).doesNotContain("주거");
        String slip = fixture.printer.lastPrinted().orElseThrow().receipt().plainText();
        assertThat(slip).contains("복지 상담 신청 접수증").contains("상담 신청이 접수되었습니다").doesNotContain("주거").doesNotContain("HOUSING");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM care_need WHERE resident_id = 1 AND source = 'KIOSK' "
                + "AND callback_at = TIMESTAMP '2026-11-23 09:00:00'")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'WelfareRequested' AND actor = 'resident:1'")).isEqualTo(1);
        click("welfare.finish");
        waitForScreen("idle");
    }

    @Test
    void atTheCounterNowGivesAWelfareTicketForTheResident() {
        click("idle.start");
        click("home.welfare");
        click("card.0");
        click("welfare.topic.CARE");
        click("welfare.counterNow");
        waitForScreen("welfare.done");
        String label = text("welfare.ticket");
        assertThat(label).matches("B\\d{3}");
        assertThat(text("welfare.next")).contains("복지 상담 창구");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM queue_ticket t JOIN queue_service s ON s.id = t.service_id WHERE s.code = 'welfare' "
                + "AND t.resident_id = 1 AND t.number = " + Integer.parseInt(label.substring(1)))).isEqualTo(1);
        assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText()).contains(label).doesNotContain("돌봄");
    }

    @Test
    void aReceiptCodeDoesNotIdentifyAndWithoutAPhoneOnlyTheCounterIsOffered() {
        fixture.site.execute("UPDATE resident SET phone = NULL WHERE id = 2");
        click("idle.start");
        click("home.welfare");
        waitForScreen("welfare.identify");
        GuiActionRunner.execute(() -> fixture.scanner.scan("MDG1.B.anything"));
        Poll.until(() -> text("welfare.cardProblem").contains("QR 코드로 본인 확인을 할 수 없습니다"), "the card-only answer");
        click("card.1");
        Poll.until(() -> "welfare.topic".equals(GuiActionRunner.execute(this::currentScreen)) || showing("news.read"), "the topics or news");
        if (showing("news.read")) {
            click("news.read");
        }
        click("welfare.topic.HEALTH");
        waitForScreen("welfare.when");
        assertThat(text("welfare.phone")).contains("전화번호가 없어");
        assertThat(GuiActionRunner.execute(() -> window.button("welfare.window.0").target().isEnabled())).isFalse();
        click("welfare.counterNow");
        waitForScreen("welfare.done");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM care_need WHERE resident_id = 2 AND ticket_id IS NOT NULL")).isEqualTo(1);
    }
}
