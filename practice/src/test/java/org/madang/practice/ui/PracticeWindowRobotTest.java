package org.madang.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
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
import org.madang.practice.lesson.Lesson;
import org.madang.practice.pack.Lessons;
import org.madang.practice.pack.Packs;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * The practice window as a learner meets it: the list of lessons, a scenario lesson on the
 * burger shop's machine paid by the simulated card with the receipt shown, a kiosk lesson on a
 * fresh exercise, and a scripted learner through every pack lesson by the spotlight.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PracticeWindowRobotTest {
    private KioskFixtureAccess fixture;
    private UiExecutor tasks;
    private FrameFixture window;
    private int exercises;
    private org.madang.core.practice.PracticeRecords records;
    private final org.madang.hardware.sim.SimulatedVoice voice = new org.madang.hardware.sim.SimulatedVoice();

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        fixture = KioskFixtureAccess.create("screen.widthPx=900", "screen.heightPx=1500");
        tasks = new UiExecutor();
        PracticeWindow practice = GuiActionRunner.execute(() -> {
            ScreenScale scale = new ScreenScale(fixture.config().screen(), fixture.font());
            Theme theme = Theme.installTouch(fixture.font(), scale);
            PracticeWindow.Exercises fresh = language -> {
                exercises++;
                KioskApp[] app = new KioskApp[1];
                SwingUtilities.invokeAndWait(() -> {
                    app[0] = new KioskApp(fixture.services(), tasks, theme, scale, false);
                    app[0].setLanguage(language);
                    app[0].markAsPractice();
                });
                EventFollower follower = new EventFollower(fixture.site().events(), Duration.ofMillis(100));
                long from = fixture.site().events().latestId();
                return new PracticeWindow.Exercise() {
                    @Override
                    public KioskApp app() {
                        return app[0];
                    }

                    @Override
                    public void follow(java.util.function.Consumer<List<org.madang.core.event.Event>> events) {
                        follower.start(from, events::accept);
                    }

                    @Override
                    public void close() {
                        follower.close();
                    }
                };
            };
            records = fixture.site().practice(new java.util.Random(3));
            return new PracticeWindow("practice", 900, 1750, false, scale, false, "ko", voice, Clock.systemDefaultZone(), fresh,
                    Lessons.madang(), Packs.shipped(), java.util.Optional.of(records), () -> { });
        });
        window = new FrameFixture(practice.frame());
        GuiActionRunner.execute(() -> practice.show());
    }

    @AfterEach
    void close() {
        window.cleanUp();
        tasks.close();
        fixture.close();
    }

    @Test
    void aBurgerMealToTakeOutIsOrderedOnMyOwnPaidByThePracticeCardAndTheReceiptShown() {
        press("level.on_my_own");
        press("lesson.fastfood.burger-takeout");
        Poll.until(() -> text("practice.step").contains("직접 해 보세요"), "the lesson on my own");
        for (String control : List.of("choice.takeout", "item.bulgogi", "option.set.meal", "item.add", "cart.order", "cart.pay", "pay.card",
                "pay.insert")) {
            press(control);
        }
        Poll.until(() -> labelText("scenario.number").equals("101"), "the order number on the receipt");
        assertThat(labelText("scenario.numberLabel")).isEqualTo("주문번호");
        assertThat(text("scenario.paidWith")).isEqualTo("카드");
        assertThat(text("scenario.total")).isEqualTo("6,800원");
        Poll.until(() -> text("practice.step").startsWith("잘 하셨습니다"), "the words of praise");
        assertThat(text("practice.step")).endsWith("잘못 누른 것은 0번입니다.");
        press("practice.toList");
        Poll.until(() -> !find("lesson.queue.ticket").isEmpty(), "the list of lessons again");
    }

    /** A keypad works a pack's machine as it works the kiosk: the first control focused, arrows move in reading order, Enter presses. */
    @Test
    void aKeypadOrdersAMealWithArrowsAndEnter() {
        press("level.on_my_own");
        press("lesson.fastfood.burger-takeout");
        Poll.until(() -> "choice.here".equals(focused()), "the first choice focused");
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_RIGHT);
        Poll.until(() -> "choice.takeout".equals(focused()), "the next choice focused");
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER);
        Poll.until(() -> !find("item.bulgogi").isEmpty(), "the menu, take-out chosen");
        Poll.until(() -> focused() != null && focused().startsWith("category."), "the menu's first tab focused");
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ESCAPE);
        Poll.until(() -> !find("choice.takeout").isEmpty(), "Escape goes back");
    }

    private String focused() {
        return GuiActionRunner.execute(() -> {
            java.awt.Component c = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return c == null ? null : c.getName();
        });
    }

    @Test
    void aKioskLessonRunsOnAFreshExerciseAndAgainOnAnother() {
        press("lesson.queue.ticket");
        for (String control : List.of("home.queue", "line.civil", "priority.none")) {
            press(control);
        }
        Poll.until(() -> text("practice.step").startsWith("잘 하셨습니다"), "the ticket lesson done");
        press("practice.again");
        Poll.until(() -> text("practice.step").startsWith("1/3"), "the lesson again, from its first step");
        assertThat(exercises).as("each attempt on a fresh exercise").isEqualTo(2);
    }

    /**
     * A learner of a class signs in with their digits (a wrong try first), does the skill check's
     * three tasks on their own — a kiosk task and two pack tasks — and each attempt is kept as
     * "before the course", with its event.
     */
    @Test
    void aLearnerSignsInAndTheSkillChecksThreeTasksAreKept() {
        var tuesday = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.PracticeClass>) records.createClass(
                "화요반", "박강사", List.of(), "instructor")).value();
        var kim = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.Learner>) records.addLearner(tuesday.id(),
                "김영희", "instructor")).value();
        press("practice.signout");
        press("signin.learner." + kim.id());
        for (String d : List.of("9", "9", "9", "9")) {
            press("signin.digit." + d);
        }
        if (!"9999".equals(kim.digits())) {
            press("signin.ok");
            Poll.until(() -> text("signin.wrong").contains("맞지 않습니다"), "wrong digits refused");
        }
        for (char d : kim.digits().toCharArray()) {
            press("signin.digit." + d);
        }
        press("signin.ok");
        Poll.until(() -> text("practice.learner").equals("연습하는 분: 김영희"), "signed in on the list of lessons");
        press("skill.before");
        for (List<String> task : List.of(List.of("home.queue", "line.civil", "priority.none"),
                List.of("choice.takeout", "item.bulgogi", "option.set.meal", "item.add", "cart.order", "cart.pay", "pay.card", "pay.insert"),
                List.of("key.3", "key.4", "key.5", "key.6", "key.ok", "choice.white", "confirm.yes", "pay.card", "pay.insert"))) {
            task.forEach(this::press);
            Poll.until(() -> text("practice.step").startsWith("잘 하셨습니다"), task.get(0) + ": done");
            press("practice.again");
        }
        Poll.until(() -> !find("lesson.queue.ticket").isEmpty(), "back on the list after the last task");
        assertThat(records.attempts(kim.id())).extracting(a -> a.lesson() + " " + a.level() + " " + a.purpose() + " " + a.goalMet())
                .containsExactly("queue.ticket ON_MY_OWN BEFORE true", "fastfood.burger-takeout ON_MY_OWN BEFORE true",
                        "parking.white-car-card ON_MY_OWN BEFORE true");
        assertThat(fixture.site().count("SELECT COUNT(*) FROM event_log WHERE type = 'AttemptRecorded'")).isEqualTo(3);
    }

    /** Every pack lesson, chosen from the list and done by touching whatever the spotlight rings. */
    @Test
    void aScriptedLearnerFinishesEveryPackLessonByTouchingWhatTheSpotlightRings() {
        for (Lesson lesson : Packs.shipped().stream().flatMap(p -> p.lessons().stream()).toList()) {
            press("lesson." + lesson.id());
            for (int touch = 0; touch < 40 && !text("practice.step").startsWith("잘 하셨습니다"); touch++) {
                Poll.until(() -> text("practice.step").startsWith("잘 하셨습니다") || ringed() != null,
                        () -> lesson.id() + ": a control in the spotlight at: " + text("practice.step"));
                JButton ringed = ringed();
                if (ringed != null && !text("practice.step").startsWith("잘 하셨습니다")) {
                    clickIfStillThere(ringed);
                }
            }
            Poll.until(() -> text("practice.step").startsWith("잘 하셨습니다"), lesson.id() + ": done");
            assertThat(text("practice.step")).as(lesson.id()).endsWith("잘못 누른 것은 0번입니다.");
            press("practice.toList");
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
            List<Spotlight> spots = window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(Spotlight.class, true) {
                @Override
                protected boolean isMatching(Spotlight s) {
                    return true;
                }
            }).stream().toList();
            if (spots.isEmpty() || spots.get(0).hole() == null || spots.get(0).hole().width == 0) {
                return null;
            }
            Spotlight spot = spots.get(0);
            JLayeredPane layers = (JLayeredPane) spot.getParent();
            java.awt.Component machine = layers.getComponentsInLayer(JLayeredPane.DEFAULT_LAYER)[0];
            java.awt.Rectangle hole = spot.hole();
            java.awt.Point centre = SwingUtilities.convertPoint(spot, (int) hole.getCenterX(), (int) hole.getCenterY(), machine);
            for (java.awt.Component c = SwingUtilities.getDeepestComponentAt(machine, centre.x, centre.y); c != null; c = c.getParent()) {
                if (c instanceof JButton b) {
                    return b;
                }
            }
            return null;
        });
    }

    private void press(String name) {
        Poll.until(() -> !find(name).isEmpty(), name + " to appear");
        new JButtonFixture(window.robot(), find(name).get(0)).click();
    }

    private List<JButton> find(String name) {
        return window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton b) {
                return name.equals(b.getName()) && b.isEnabled();
            }
        }).stream().toList();
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(JTextComponent.class, true) {
            @Override
            protected boolean isMatching(JTextComponent t) {
                return name.equals(t.getName());
            }
        }).stream().findFirst().map(JTextComponent::getText).orElse(""));
    }

    private String labelText(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(JLabel.class, true) {
            @Override
            protected boolean isMatching(JLabel l) {
                return name.equals(l.getName());
            }
        }).stream().findFirst().map(JLabel::getText).orElse(""));
    }
}
