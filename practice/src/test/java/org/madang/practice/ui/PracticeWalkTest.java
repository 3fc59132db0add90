package org.madang.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.config.ScreenGeometry;
import org.madang.kiosk.KioskFixtureAccess;
import org.madang.kiosk.ScreenAudit;
import org.madang.practice.lesson.Level;
import org.madang.practice.pack.Lessons;
import org.madang.practice.pack.Packs;
import org.madang.practice.scenario.Pack;
import org.madang.practice.scenario.ScenarioStager;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * Every practice screen walked like the kiosk's, portrait and landscape, Korean and English:
 * every screen of every scenario pack (in the pack's own colours), the list of lessons, and a
 * lesson's strip over a machine — the same sizes, glyphs, contrast and fit as the public kiosk.
 */
class PracticeWalkTest {

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1080, 1920, ko", "1080, 1920, en", "1920, 1080, ko", "1920, 1080, en"})
    void everyPracticeScreenFitsAndEveryButtonIsBigEnoughAndNamed(int width, int height, String lang) throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            ScreenGeometry geometry = fixture.config().screen().resized(width, height);
            ScreenScale scale = new ScreenScale(geometry, fixture.font());
            boolean landscape = width > height;
            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                Theme.installTouch(fixture.font(), scale);
                for (Pack pack : Packs.shipped()) {
                    for (String screen : pack.controls().keySet()) {
                        ScenarioKiosk machine = new ScenarioKiosk(pack, scale, lang, landscape, 101);
                        ScenarioStager.stage(machine.flow(), screen);
                        String id = pack.id() + "/" + screen;
                        BufferedImage image = Offscreen.render(machine.root(), width, height);
                        assertThat(ScreenAudit.colours(image)).as("colours drawn on %s", id).isGreaterThan(4);
                        ScreenAudit.check(id, machine.root(), machine.root(), scale, 4.5, problems);
                        ScreenAudit.checkGaps(id, machine.root(), scale, problems);
                        machine.stop();
                    }
                }
                LessonChooser chooser = new LessonChooser(scale, landscape, lang, l -> { });
                ChooserPresenter choosing = new ChooserPresenter(chooser, (l, p, v) -> { }, Lessons.madang(), Packs.shipped());
                chooser.attach(choosing);
                choosing.show();
                Offscreen.render(chooser, width, height);
                ScreenAudit.check("chooser", chooser, chooser, scale, 4.5, problems);
                ScreenAudit.checkGaps("chooser", chooser, scale, problems);

                var records = fixture.site().practice(new java.util.Random(5));
                if (records.classes().isEmpty()) {
                    var made = (org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.PracticeClass>) records
                            .createClass("디지털 배움터 화요반", "박지현", List.of(), "test");
                    for (String nick : List.of("김영희", "이순자", "박철수", "Jane Smith")) {
                        records.addLearner(made.value().id(), nick, "test");
                    }
                    records.createClass("목요반", "김강사", List.of(), "test");
                }
                SignInScreen who = new SignInScreen(scale, landscape, lang);
                SignInPresenter signIn = new SignInPresenter(who, records, l -> { });
                who.attach(signIn, lang);
                signIn.start();
                walk("sign-in classes", who, width, height, scale, problems);
                long tue = records.findClass("디지털 배움터 화요반").orElseThrow().id();
                signIn.chooseClass(tue);
                walk("sign-in learners", who, width, height, scale, problems);
                signIn.chooseLearner(records.learners(tue).get(0).id());
                signIn.digit(1);
                walk("sign-in digits", who, width, height, scale, problems);
                chooser.showLearner(java.util.Optional.of("김영희"), () -> { }, p -> { });
                choosing.show();
                walk("chooser signed in", chooser, width, height, scale, problems);

                Pack burgers = Packs.find("fastfood").orElseThrow();
                ScenarioKiosk machine = new ScenarioKiosk(burgers, scale, lang, landscape, 101);
                LessonScreen strip = new LessonScreen(machine, scale, new org.madang.hardware.sim.SimulatedVoice());
                LessonPresenter presenter = new LessonPresenter(strip, java.time.Clock.systemDefaultZone());
                strip.start(presenter, burgers.lessons().get(0), Level.HINT);
                presenter.askHelp();
                Offscreen.render(strip, width, height);
                ScreenAudit.check("lesson strip", strip, strip, scale, 4.5, problems);
                ScreenAudit.checkGaps("lesson strip", strip, scale, problems);
                strip.detach();
            });
            assertThat(problems).isEmpty();
        }
    }

    private static void walk(String id, javax.swing.JComponent screen, int width, int height, ScreenScale scale, List<String> problems) {
        Offscreen.render(screen, width, height);
        ScreenAudit.check(id, screen, screen, scale, 4.5, problems);
        ScreenAudit.checkGaps(id, screen, scale, problems);
    }
}
