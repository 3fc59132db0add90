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
}
