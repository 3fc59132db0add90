package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.facility.Slot;
import org.madang.hardware.testing.Poll;
import org.madang.ui.Messages;

/**
 * Who a visit serves, as a resident meets it: a refused booking handed over to a family member
 * by going Back to the card page, the visitor named on every screen until "I'm done", and the
 * words of the idle and time screens matching what the kiosk does.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class VisitRobotTest extends KioskRobot {

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    private long bookingsOf(long resident) {
        return fixture.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = " + resident);
    }

    /** Inserts a demo card on a card page; 이철수 has news waiting (a lottery he lost), read before going on. */
    private void insertCardAndReadNews(String card, String cardPage) {
        click(card);
        Poll.until(() -> !cardPage.equals(GuiActionRunner.execute(this::currentScreen)), "the card to be read");
        if ("identify.news".equals(GuiActionRunner.execute(this::currentScreen))) {
            click("news.read");
        }
    }

    private void bookFirstFreeTennisTime(String card) {
        Slot slot = freeTime(fixture, "tennis-2");
        chooseSportsTime("tennis-2", slot);
        if (card != null) {
            click(card);
        }
        waitForScreen("booking.confirm");
    }

    @Test
    void backToTheCardPageAfterARefusalAFamilyMembersCardBooksInstead() {
        // 김영희 books a court, then a second one the same day: refused at the confirm page
        click("idle.start");
        bookFirstFreeTennisTime("card.0");
        click("confirm.book");
        waitForScreen("booking.done");
        click("done.finish");
        click("idle.start");
        bookFirstFreeTennisTime("card.0");
        Poll.until(() -> !text("confirm.refusal").isEmpty(), "the refusal");
        long kim = bookingsOf(1);
        long lee = bookingsOf(2);

        // Back to "insert your ID card": 이철수's card is read, and he books the same time
        click("nav.back");
        waitForScreen("booking.identify");
        insertCardAndReadNews("card.1", "booking.identify");
        waitForScreen("booking.confirm");
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("confirm.book").target().isEnabled()), "Book now for 이철수");
        assertThat(text("confirm.refusal")).isEmpty();
        assertThat(text("visit.who")).contains("이*수");
        click("confirm.book");
        waitForScreen("booking.done");
        assertThat(bookingsOf(2)).isEqualTo(lee + 1);
        assertThat(bookingsOf(1)).isEqualTo(kim);
    }

    @Test
    void backToTheCardPageOfMyBookingsTakesAnotherCard() {
        click("idle.start");
        click("home.mine");
        click("card.0");
        waitForScreen("mine.list");
        assertThat(text("visit.who")).contains("김*희");
        click("nav.back");
        waitForScreen("mine.identify");
        insertCardAndReadNews("card.1", "mine.identify");
        waitForScreen("mine.list");
        assertThat(text("visit.who")).contains("이*수");
    }

    @Test
    void homeKeepsTheVisitorInPlainSightAndImDoneEndsTheVisit() {
        click("idle.start");
        assertThat(showing("visit.strip")).isFalse();
        bookFirstFreeTennisTime("card.0");
        assertThat(text("visit.who")).isEqualTo("김*희 님 이용 중");
        click("confirm.book");
        waitForScreen("booking.done");

        click("nav.home");
        waitForScreen("home");
        assertThat(text("visit.who")).contains("김*희").contains("다음 서비스도").contains("끝내기");

        // the next booking goes on as her, and says so on every screen
        click("home.booking");
        waitForScreen("booking.categories");
        assertThat(text("visit.who")).isEqualTo("김*희 님 이용 중");
        click("visit.end");
        waitForScreen("idle");
        assertThat(GuiActionRunner.execute(() -> app.visit().resident())).isEmpty();

        // the next person is nobody yet: the card is asked for again
        click("idle.start");
        waitForScreen("home");
        assertThat(showing("visit.strip")).isFalse();
        bookFirstFreeTennisTimeOnTheCardPage();
    }

    private void bookFirstFreeTennisTimeOnTheCardPage() {
        Slot slot = freeTime(fixture, "tennis-2");
        chooseSportsTime("tennis-2", slot);
        waitForScreen("booking.identify");
    }

    @Test
    void theIdleScreenNamesEveryServiceOfTheHomeScreen() {
        String idle = GuiActionRunner.execute(() -> window.button("idle.start").target().getText());
        Messages ko = Messages.forLanguage("ko");
        for (String key : new String[] {"kiosk.home.booking", "kiosk.home.mine", "kiosk.home.courses", "kiosk.home.documents",
                "kiosk.home.checkin", "kiosk.home.queue", "kiosk.home.welfare", "kiosk.home.notices"}) {
            assertThat(idle).contains(ko.get(key));
        }
        click("idle.start");
        waitForScreen("home");
        int tiles = GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(),
                new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JButton.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.JButton b) {
                        return b.getName() != null && b.getName().startsWith("home.");
                    }
                }).size());
        assertThat(tiles).isEqualTo(8);
    }

    @Test
    void theTimesPageSaysAFullTimeTakesTheWaitingList() {
        click("idle.start");
        Slot slot = freeTime(fixture, "tennis-2");
        click("home.booking");
        click("category.sports");
        click("facility.tennis-2");
        click("facility.days");
        click("day." + slot.startsAt().toLocalDate());
        waitForScreen("booking.slots");
        assertThat(text("booking.slots.hint")).contains("대기자").doesNotContain("고를 수 없습니다");
    }
}
