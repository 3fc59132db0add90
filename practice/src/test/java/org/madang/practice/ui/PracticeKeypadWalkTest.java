package org.madang.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.kiosk.KeypadAudit;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.practice.pack.Lessons;
import org.madang.practice.pack.Packs;
import org.madang.practice.scenario.Pack;
import org.madang.practice.scenario.ScenarioStager;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * The keypad walk of the kiosk over every practice machine's screen and the list of lessons, in
 * a real window: the arrows reach every control in reading order with a visible ring, Enter
 * presses it, every list is shown whole on the way.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PracticeKeypadWalkTest {

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"900, 1600, ko", "1600, 900, en"})
    void theArrowsReachEveryControlOfEveryPracticeScreenInReadingOrder(int width, int height, String lang) {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create("screen.widthPx=" + width, "screen.heightPx=" + height)) {
            ScreenScale scale = GuiActionRunner.execute(() -> new ScreenScale(fixture.config().screen(), fixture.font()));
            GuiActionRunner.execute(() -> Theme.installTouch(fixture.font(), scale));
            JFrame frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame("practice keypad");
                f.getContentPane().setPreferredSize(new java.awt.Dimension(width, height));
                f.pack();
                return f;
            });
            FrameFixture window = new FrameFixture(frame);
            window.robot().settings().delayBetweenEvents(5);
            window.robot().settings().eventPostingDelay(5);
            List<String> problems = new ArrayList<>();
            try {
                GuiActionRunner.execute(() -> frame.setVisible(true));
                for (Pack pack : Packs.shipped()) {
                    for (String screen : pack.controls().keySet()) {
                        ScenarioKiosk machine = GuiActionRunner.execute(() -> {
                            ScenarioKiosk m = new ScenarioKiosk(pack, scale, lang, width > height, 101);
                            ScenarioStager.stage(m.flow(), screen);
                            frame.setContentPane(m.root());
                            frame.revalidate();
                            return m;
                        });
                        Container content = GuiActionRunner.execute(() ->
                                (Container) ((BorderLayout) machine.root().getLayout()).getLayoutComponent(BorderLayout.CENTER));
                        GuiActionRunner.execute(() -> machine.changed(machine.currentScreen()));
                        KeypadAudit.walk(pack.id() + "/" + screen, machine.root(), content, window.robot(), problems);
                        GuiActionRunner.execute(machine::stop);
                    }
                }
                LessonChooser chooser = GuiActionRunner.execute(() -> {
                    LessonChooser c = new LessonChooser(scale, width > height, lang, l -> { });
                    ChooserPresenter choosing = new ChooserPresenter(c, (l, p, v) -> { }, Lessons.madang(), Packs.shipped());
                    c.attach(choosing);
                    choosing.show();
                    frame.setContentPane(c);
                    frame.revalidate();
                    return c;
                });
                // as the practice window does: the focused control scrolled into view
                org.madang.kiosk.shell.Keypad keypad = GuiActionRunner.execute(() -> org.madang.kiosk.shell.Keypad.attach(chooser));
                GuiActionRunner.execute(() -> keypad.focusFirst(chooser));
                KeypadAudit.walk("chooser", chooser, chooser, window.robot(), problems);
                GuiActionRunner.execute(keypad::detach);

                var records = fixture.site().practice(new java.util.Random(8));
                var made = (org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.PracticeClass>) records
                        .createClass("화요반", "박강사", List.of(), "test");
                records.createClass("목요반", "김강사", List.of(), "test");
                for (String nick : List.of("김영희", "이순자", "박철수")) {
                    records.addLearner(made.value().id(), nick, "test");
                }
                SignInScreen who = GuiActionRunner.execute(() -> new SignInScreen(scale, width > height, lang));
                SignInPresenter signIn = new SignInPresenter(who, records, l -> { });
                GuiActionRunner.execute(() -> {
                    who.attach(signIn, lang);
                    frame.setContentPane(who);
                    frame.revalidate();
                });
                org.madang.kiosk.shell.Keypad signKeys = GuiActionRunner.execute(() -> org.madang.kiosk.shell.Keypad.attach(who));
                for (Runnable step : List.<Runnable>of(signIn::start, () -> signIn.chooseClass(made.value().id()),
                        () -> signIn.chooseLearner(records.learners(made.value().id()).get(0).id()))) {
                    GuiActionRunner.execute(step::run);
                    KeypadAudit.walk("sign-in", who, who, window.robot(), problems);
                }
                GuiActionRunner.execute(signKeys::detach);
            } finally {
                window.cleanUp();
            }
            assertThat(problems).isEmpty();
        }
    }
}
