package org.madang.counter;

import java.util.Optional;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.madang.hardware.testing.Poll;
import org.madang.ui.HangulFonts;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/** The counter in a real window on a test site, in Korean, for the robot tests: open, sign in, look, close. */
public final class CounterWindow implements AutoCloseable {
    public final CounterFixture fixture;
    public final FrameFixture window;
    private final UiExecutor tasks;
    private final CounterApp app;

    private CounterWindow(CounterFixture fixture, UiExecutor tasks, CounterApp app, FrameFixture window) {
        this.fixture = fixture;
        this.tasks = tasks;
        this.app = app;
        this.window = window;
    }

    /** A fresh test site's counter at its sign-in. */
    public static CounterWindow open() {
        CounterFixture fixture = new CounterFixture();
        UiExecutor tasks = new UiExecutor();
        CounterApp[] app = new CounterApp[1];
        JFrame frame = GuiActionRunner.execute(() -> {
            Theme.installDesk(HangulFonts.find(Optional.empty()).orElseThrow());
            app[0] = new CounterApp(fixture.services, tasks, Messages.forLanguage("ko"));
            JFrame f = new JFrame("counter");
            f.setContentPane(app[0].root());
            return f;
        });
        FrameFixture window = new FrameFixture(frame);
        window.show();
        return new CounterWindow(fixture, tasks, app[0], window);
    }

    /** Signs in and waits for the rail of workspaces. */
    public CounterWindow signIn(String login, String password) {
        window.textBox("login.user").deleteText().enterText(login);
        window.textBox("login.password").enterText(password);
        window.button("login.submit").click();
        Poll.until(() -> showing("counter.rail"), "the counter's rail");
        return this;
    }

    /** Whether a component of this name shows now. */
    public boolean showing(String name) {
        return GuiActionRunner.execute(() -> !window.robot().finder().findAll(window.target(),
                c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    @Override
    public void close() {
        window.cleanUp();
        app.stop();
        tasks.close();
        fixture.close();
    }
}
