package org.madang.counter;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.hardware.testing.Poll;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.Channel;
import org.madang.ui.HangulFonts;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/** A clerk signs in and sees a kiosk's booking appear in the "today" table without touching anything. */
class CounterRobotTest {
    private CounterFixture fixture;
    private UiExecutor tasks;
    private CounterApp app;
    private FrameFixture window;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        fixture = new CounterFixture();
        tasks = new UiExecutor();
        JFrame frame = GuiActionRunner.execute(() -> {
            Theme.installDesk(HangulFonts.find(java.util.Optional.empty()).orElseThrow());
            app = new CounterApp(fixture.services, tasks, Messages.forLanguage("ko"));
            JFrame f = new JFrame("counter");
            f.setContentPane(app.root());
            f.setSize(1280, 800);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        app.stop();
        tasks.close();
        fixture.close();
    }


    @Test
    void aWrongPasswordIsRefusedAndAKioskBookingAppearsAfterSignIn() {
        window.textBox("login.user").enterText("tester");
        window.textBox("login.password").enterText("nope");
        window.button("login.submit").click();
        Poll.until(() -> !GuiActionRunner.execute(() -> window.label("login.problem").target().getText()).isBlank(),
                () -> "the refusal; user=[" + GuiActionRunner.execute(() -> window.textBox("login.user").target().getText())
                        + "] submit enabled=" + GuiActionRunner.execute(() -> window.button("login.submit").target().isEnabled())
                        + " focus=" + GuiActionRunner.execute(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()));
        assertThat(window.label("login.problem").text()).isEqualTo("아이디 또는 비밀번호가 맞지 않습니다.");

        window.textBox("login.password").enterText("secret-pass");
        window.button("login.submit").click();
        Poll.until(() -> GuiActionRunner.execute(() -> !window.robot().finder().findAll(window.target(),
                c -> "today.table".equals(c.getName()) && c.isShowing()).isEmpty()), "the today table");
        Poll.until(() -> GuiActionRunner.execute(() -> !window.label("today.count").target().getText().isEmpty()), "the first load");
        int rows = window.table("today.table").rowCount();

        BookingOutcome.Booked booked = (BookingOutcome.Booked) fixture.kioskBooks(2);

        Poll.until(() -> GuiActionRunner.execute(() -> window.table("today.table").target().getRowCount()) == rows + 1, "the new booking");
        assertThat(window.table("today.table").valueAt(org.assertj.swing.data.TableCell.row(0).column(0)))
                .isEqualTo(booked.booking().number());
    }

    private int rowOf(String topic) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTable t = window.table("courses.wishes").target();
            for (int r = 0; r < t.getRowCount(); r++) {
                if (topic.equals(t.getValueAt(r, 0))) {
                    return r;
                }
            }
            return -1;
        });
    }

    /** Presses a button from the keyboard (focus, then space), as a clerk who tabs through the form does. */
    private void press(String name) {
        window.button(name).focus();
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_SPACE);
    }

    private void signIn() {
        window.textBox("login.user").enterText("tester");
        window.textBox("login.password").enterText("secret-pass");
        window.button("login.submit").click();
        Poll.until(() -> GuiActionRunner.execute(() -> !window.robot().finder().findAll(window.target(),
                c -> "counter.tabs".equals(c.getName()) && c.isShowing()).isEmpty()), "the counter's tabs");
    }

    @Test
    void theCoursesTabShowsPromotionsAndWishesByCountAsKiosksMakeThem() {
        signIn();
        GuiActionRunner.execute(() -> app.showTab(CounterApp.COURSES));
        // a kiosk (another terminal) takes a wish and promotes a waiting resident
        fixture.kiosk.courseWishes().add(new org.madang.core.course.CourseWishes.Wish("CAREER", java.util.Optional.of(2),
                java.util.Optional.empty(), "스마트폰 사진", java.util.Optional.empty()));
        long course = fixture.site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (code, title_ko, title_en, category, "
                        + "age_group, term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, "
                        + "lottery, enrol_from, enrol_until, sessions) VALUES ('T-ONE', '요가 교실', 'Yoga', 'HEALTH', 'ADULT', 'TEST', "
                        + "DATE '2027-01-04', DATE '2027-03-08', 1, TIME '10:00:00', 120, 1, 0, '윤혜진', 'RECRUITING', FALSE, FALSE, "
                        + "TIMESTAMP '2026-11-01 09:00:00', TIMESTAMP '2027-01-03 18:00:00', 10)").executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one());
        var enrolments = fixture.kiosk.courses();
        var seat = (org.madang.core.course.EnrolOutcome.Enrolled) enrolments.enrol(course, fixture.kiosk.residents().byId(1).orElseThrow(),
                Channel.KIOSK, "resident:1");
        enrolments.enrol(course, fixture.kiosk.residents().byId(2).orElseThrow(), Channel.KIOSK, "resident:2");
        enrolments.cancel(seat.enrolment().id(), 1, "resident:1");

        Poll.until(() -> GuiActionRunner.execute(() -> window.table("courses.promoted").target().getRowCount()) == 1, "the promotion");
        assertThat(window.table("courses.promoted").valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("이*수");
        assertThat(window.table("courses.promoted").valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("요가 교실");
        // the demo's wishes are there already; the kiosk's new subject appears with its count
        Poll.until(() -> rowOf("직업능력") >= 0, "the wish");
        int row = rowOf("직업능력");
        assertThat(window.table("courses.wishes").valueAt(org.assertj.swing.data.TableCell.row(row).column(1))).isEqualTo("1");
        // the row chosen as the keyboard would: the robot's mouse misses inside the tabs under this window manager
        GuiActionRunner.execute(() -> window.table("courses.wishes").target().setRowSelectionInterval(row, row));
        Poll.until(() -> GuiActionRunner.execute(() -> window.table("courses.latest").target().getRowCount()) == 1, "the wish's words");
        assertThat(window.table("courses.latest").valueAt(org.assertj.swing.data.TableCell.row(0).column(2))).isEqualTo("스마트폰 사진");
    }

    @Test
    void aClerkSetsALockedResidentsPinAfterFindingThemByTheirCard() {
        var pins = fixture.services.pins();
        for (int i = 0; i < org.madang.core.resident.ResidentPins.MAX_FAILURES; i++) {
            pins.check(2, "0000");
        }
        signIn();
        GuiActionRunner.execute(() -> app.showTab(CounterApp.PIN));
        press("pin.set");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("pin.message").target().getText()).contains("먼저"), "find first");
        window.textBox("pin.rrn").enterText("12345");
        press("pin.find");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("pin.message").target().getText()).contains("형식"), "a bad number");
        window.textBox("pin.rrn").deleteText().enterText(org.madang.core.demo.DemoCards.RESIDENTS.get(1).card().nationalId());
        press("pin.find");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("pin.who").target().getText()).contains("이철수"), "the resident");
        assertThat(window.label("pin.who").text()).contains("잠김");
        window.textBox("pin.new").enterText("5678");
        window.textBox("pin.again").enterText("5679");
        press("pin.set");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("pin.message").target().getText()).contains("다릅니다"), "differ");
        window.textBox("pin.new").enterText("5678");
        window.textBox("pin.again").enterText("5678");
        press("pin.set");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("pin.message").target().getText()).contains("설정되었습니다"), "done");
        assertThat(window.label("pin.who").text()).contains("비밀번호 설정됨");
        assertThat(pins.check(2, "5678").check()).isEqualTo(org.madang.core.resident.ResidentPins.Check.RIGHT);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinSet' AND actor = 'clerk:tester'")).isEqualTo(1);
    }
}
