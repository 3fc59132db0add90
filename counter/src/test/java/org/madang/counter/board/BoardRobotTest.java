package org.madang.counter.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.event.EventFollower;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.hardware.testing.Poll;
import org.madang.ui.HangulFonts;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/** The board in a real window follows the event log: a counter on another terminal calls, the board shows and says it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BoardRobotTest {
    private TestSite site;
    private TestSite counter;
    private UiExecutor tasks;
    private Board board;
    private FrameFixture window;
    private final SimulatedVoice voice = new SimulatedVoice();

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        site = TestSite.seeded(TestSite.tempRoot());
        counter = TestSite.open(site.dir.root(), new Terminal("counter-3"));
        tasks = new UiExecutor();
        JFrame frame = GuiActionRunner.execute(() -> {
            Theme.installDesk(HangulFonts.find(java.util.Optional.empty()).orElseThrow());
            board = new Board(new BoardServices(site.clock, site.queue(), site.notices(), site.events(),
                    new EventFollower(site.events(), Duration.ofMillis(100)), voice, List.of("ko")), tasks, Messages.forLanguage("ko"),
                    "마당", 1280, 720);
            JFrame f = new JFrame("board");
            f.setContentPane(board.root());
            f.setSize(1280, 720);
            board.start();
            return f;
        });
        window = new FrameFixture(frame);
        window.show(new java.awt.Dimension(1280, 720));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        board.stop();
        tasks.close();
        counter.close();
        site.close();
    }

    /** A label's words, shown or not (the board starts on its notices, the number hidden). */
    private String text(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), name, javax.swing.JLabel.class, false)
                .getText());
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), name, javax.swing.JLabel.class, false)
                .isShowing());
    }

    @Test
    void aCallAtAnotherTerminalAppearsLargeAndIsSpoken() {
        CounterQueue.Desk desk = new CounterQueue.Desk("counter-3", 3, List.of(1L, 2L, 3L, 4L));
        var called = ((CallOutcome.Called) counter.counterQueue().callNext(desk, "clerk1")).ticket();
        Poll.until(() -> called.label().equals(text("board.number")) && showing("board.number"), "the number on the board");
        assertThat(text("board.desk")).isEqualTo("3번 창구로 오세요");
        Poll.until(() -> text("board.caption").contains("번 고객님"), "the caption");
        assertThat(voice.chimes()).isEqualTo(1);
        assertThat(voice.said()).singleElement().asString().contains("3번 창구로 오세요");
    }
}
