package org.madang.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.event.EventFollower;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.practice.lesson.Attempt;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.pack.Lessons;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/** Lessons on the real kiosk screens, touch by touch: guided (a touch outside the spotlight does nothing but count) and with hints. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LessonRobotTest {
    private KioskFixtureAccess fixture;
    private UiExecutor tasks;
    private KioskApp app;
    private LessonScreen screen;
    private FrameFixture window;
    private EventFollower follower;
    private volatile Attempt finished;
    private final org.madang.hardware.sim.SimulatedVoice voice = new org.madang.hardware.sim.SimulatedVoice();

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        fixture = KioskFixtureAccess.create("screen.widthPx=900", "screen.heightPx=1500");
        tasks = new UiExecutor();
        JFrame frame = GuiActionRunner.execute(() -> {
            ScreenScale scale = new ScreenScale(fixture.config().screen(), fixture.font());
            app = new KioskApp(fixture.services(), tasks, Theme.installTouch(fixture.font(), scale), scale, false);
            app.markAsPractice();
            screen = new LessonScreen(LessonHost.of(app), scale, voice);
            JFrame f = new JFrame("practice");
            f.setContentPane(screen);
            f.setSize(900, 1750);
            return f;
        });
        window = new FrameFixture(frame);
        GuiActionRunner.execute(() -> frame.setVisible(true));
    }

    @AfterEach
    void close() {
        if (follower != null) {
            follower.close();
        }
        GuiActionRunner.execute(() -> screen.detach());
        window.cleanUp();
        tasks.close();
        fixture.close();
    }

    private void press(String name) {
        Poll.until(() -> !window.robot().finder().findAll(window.target(), button(name)).isEmpty(), name + " to appear");
        JButton b = window.robot().finder().findAll(window.target(), button(name)).iterator().next();
        new JButtonFixture(window.robot(), b).click();
    }

    private static GenericTypeMatcher<JButton> button(String name) {
        return new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton b) {
                return b.getName() != null && b.getName().startsWith(name) && b.isEnabled();
            }
        };
    }

    private String current() {
        return GuiActionRunner.execute(() -> app.currentScreen());
    }

    @Test
    void aGuidedQueueTicketLessonIsDoneTouchByTouchAndAWrongTouchDoesNothing() {
        long issued = fixture.site().count("SELECT COUNT(*) FROM queue_ticket");
        begin(Level.GUIDED);
        Poll.until(() -> "home".equals(current()), "the home screen");
        Poll.until(() -> !window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(Spotlight.class, true) {
            @Override
            protected boolean isMatching(Spotlight s) {
                return s.hole() != null && s.hole().width > 0;
            }
        }).isEmpty(), "the spotlight on the next control");

        // the notices tile is dimmed: touching it does nothing
        press("home.notices");
        assertThat(current()).isEqualTo("home");
        press("home.queue");
        Poll.until(() -> "queue.lines".equals(current()), "the services");
        press("line.civil");
        Poll.until(() -> "queue.priority".equals(current()), "the priority question");
        press("priority.none");
        Poll.until(() -> finished != null, "the lesson done");

        assertThat(finished.goalMet()).isTrue();
        assertThat(finished.wrongTouches()).isEqualTo(1);
        assertThat(finished.touches()).isEqualTo(4);
        assertThat(fixture.site().count("SELECT COUNT(*) FROM queue_ticket")).isEqualTo(issued + 1);
        // the task and every step were said aloud, then the result
        assertThat(voice.said()).startsWith("민원 업무 번호표를 뽑아 보세요.", "‘번호표’를 누르세요.", "‘민원 업무’를 누르세요.",
                "‘아니요, 일반 번호표’를 누르세요.");
        Poll.until(() -> voice.said().get(voice.said().size() - 1).startsWith("잘 하셨습니다"), "the result said");
        Poll.until(() -> stepWords().startsWith("잘 하셨습니다"), "the words of praise");
    }

    @Test
    void withHintsAWrongTouchWorksBringsTheHintAndIsCounted() {
        begin(Level.HINT);
        Poll.until(() -> "home".equals(current()), "the home screen");
        assertThat(stepWords()).contains("막히면");
        press("home.notices");
        Poll.until(() -> "notices".equals(current()), "the notices: the learner acts freely");
        Poll.until(() -> GuiActionRunner.execute(() -> ((javax.swing.JTextArea) window.robot().finder().findByName("practice.hint")).getText())
                .contains("‘번호표’를 누르세요"), "the hint");
        press("nav.home");
        Poll.until(() -> "home".equals(current()), "home again");
        press("home.queue");
        press("line.civil");
        press("priority.none");
        Poll.until(() -> finished != null, "the lesson done");
        assertThat(finished.goalMet()).isTrue();
        assertThat(finished.wrongTouches()).isEqualTo(1);
        assertThat(finished.homes()).isEqualTo(1);
        assertThat(finished.hints()).isEqualTo(1);
    }

    /**
     * A scripted learner takes every shipped lesson in guided practice: each time, it touches
     * whatever the spotlight rings. A lesson whose step names a control the screen does not
     * have, or whose goal the kiosk never records, never finishes — and fails here, not in class.
     */
    @Test
    void aScriptedLearnerFinishesEveryShippedLessonByTouchingWhatTheSpotlightRings() {
        for (Lesson lesson : Lessons.madang()) {
            finished = null;
            if (follower != null) {
                follower.close();
            }
            begin(Level.GUIDED, lesson);
            for (int touch = 0; touch < 40 && finished == null; touch++) {
                Poll.until(() -> finished != null || ringed() != null, () -> lesson.id() + ": a control in the spotlight, on " + current()
                        + " at: " + stepWords());
                JButton ringed = ringed();
                if (finished == null && ringed != null) {
                    clickIfStillThere(ringed);
                }
            }
            Poll.until(() -> finished != null, lesson.id() + ": done");
            assertThat(finished.goalMet()).as(lesson.id()).isTrue();
            assertThat(finished.wrongTouches()).as(lesson.id()).isZero();
            GuiActionRunner.execute(() -> app.reset());
        }
    }

    /** Touches a ringed button, unless the screen moved on in the meantime (the learner looks again). */
    private void clickIfStillThere(JButton ringed) {
        try {
            new JButtonFixture(window.robot(), ringed).click();
        } catch (IllegalStateException e) {
            // gone from the screen between looking and touching
        }
    }

    /** The button the spotlight rings now, if the ring is on one. */
    private JButton ringed() {
        return GuiActionRunner.execute(() -> {
            Spotlight spot = (Spotlight) window.robot().finder().find(window.target(), new GenericTypeMatcher<>(Spotlight.class, false) {
                @Override
                protected boolean isMatching(Spotlight s) {
                    return true;
                }
            });
            java.awt.Rectangle hole = spot.hole();
            if (!spot.isShowing() || hole == null || hole.width == 0) {
                return null;
            }
            java.awt.Point centre = SwingUtilities.convertPoint(spot, (int) hole.getCenterX(), (int) hole.getCenterY(), app.root());
            for (java.awt.Component c = SwingUtilities.getDeepestComponentAt(app.root(), centre.x, centre.y); c != null; c = c.getParent()) {
                if (c instanceof JButton b) {
                    return b;
                }
            }
            return null;
        });
    }

    private String stepWords() {
        return GuiActionRunner.execute(() -> ((javax.swing.JTextArea) window.robot().finder().findByName("practice.step")).getText());
    }

    /** Starts the queue-ticket lesson at {@code level}, with the practice site's events followed as the command does. */
    private void begin(Level level) {
        begin(level, Lessons.madang().stream().filter(l -> l.id().equals("queue.ticket")).findFirst().orElseThrow());
    }

    private void begin(Level level, Lesson ticket) {
        LessonPresenter presenter = new LessonPresenter(screen.tellingDone(attempt -> finished = attempt), java.time.Clock.systemDefaultZone());
        follower = new EventFollower(fixture.site().events(), Duration.ofMillis(100));
        follower.start(fixture.site().events().latestId(), events -> SwingUtilities.invokeLater(() -> presenter.eventsArrived(events)));
        GuiActionRunner.execute(() -> screen.start(presenter, ticket, level));
    }
}
