package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.hardware.testing.Poll;

/**
 * "이용이 편하셨나요?" after a completed service, in a real window: one touch kept once with the
 * service, language and modes (never who), skipped by simply finishing, never shown to the next
 * resident, and a database that does not answer said plainly without losing or doubling the answer.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SurveyRobotTest extends KioskRobot {

    private void takeATicket() {
        click("home.queue");
        click("line.civil");
        waitForScreen("queue.priority");
        click("priority.none");
        waitForScreen("queue.ticket");
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    private long answers() {
        return fixture.site.count("SELECT COUNT(*) FROM satisfaction WHERE " + FROM_THIS_TEST);
    }

    @Test
    void aTicketIsAskedAboutAndOneTouchIsKeptOnceWithTheLanguageAndModesOnly() {
        click("idle.start");
        click("language.en");
        GuiActionRunner.execute(() -> app.setZoomed(true));
        takeATicket();
        Poll.until(() -> showing("survey.good"), "the question under the ticket");
        assertThat(text("survey.question")).isEqualTo("Was it easy to use?");
        click("survey.good");
        Poll.until(() -> answers() == 1, "the answer kept");
        Poll.until(() -> showing("survey.status") && !showing("survey.good"), "thanks in place of the faces");
        assertThat(text("survey.status")).startsWith("Thank you");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM satisfaction WHERE " + FROM_THIS_TEST + " AND service = 'QUEUE_TICKET' AND rating = 'GOOD' "
                + "AND language = 'en' AND modes = 'ZOOM' AND terminal_id = 'kiosk-test'")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'SatisfactionAnswered'")).isEqualTo(1);
    }

    @Test
    void finishingSkipsTheQuestionAndTheNextResidentIsNotAskedIt() {
        click("idle.start");
        takeATicket();
        Poll.until(() -> showing("survey.okay"), "the question");
        click("ticket.finish");
        waitForScreen("idle");
        click("idle.start");
        waitForScreen("home");
        assertThat(showing("survey")).isFalse();
        click("home.notices");
        waitForScreen("notices");
        assertThat(showing("survey")).isFalse();
        assertThat(answers()).isZero();
        // the next resident's own ticket asks afresh, and is answered on its own
        click("nav.home");
        waitForScreen("home");
        takeATicket();
        click("survey.poor");
        Poll.until(() -> answers() == 1, "the second resident's answer");
    }

    @Test
    void anAnswerTheDatabaseCouldNotKeepIsSaidAndTouchingAgainKeepsItOnce() {
        click("idle.start");
        takeATicket();
        Poll.until(() -> showing("survey.poor"), "the question");
        fixture.site.execute("ALTER TABLE satisfaction RENAME TO satisfaction_away");
        click("survey.poor");
        Poll.until(() -> showing("survey.status") && text("survey.status").contains("저장하지 못했습니다"), "the plain answer");
        assertThat(showing("survey.poor")).isTrue();
        // the service itself is untouched: the ticket is there, Finish works
        assertThat(GuiActionRunner.execute(this::currentScreen)).isEqualTo("queue.ticket");
        fixture.site.execute("ALTER TABLE satisfaction_away RENAME TO satisfaction");
        click("survey.poor");
        Poll.until(() -> answers() == 1, "the answer kept on the second touch");
        Poll.until(() -> !showing("survey.poor"), "thanks in place of the faces");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM satisfaction WHERE " + FROM_THIS_TEST + " AND rating = 'POOR'")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'SatisfactionAnswered'")).isEqualTo(1);
    }
}
