package org.madang.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.madang.config.ScreenGeometry;
import org.madang.config.SiteConfig;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Level;
import org.madang.practice.pack.Packs;
import org.madang.practice.ui.LessonHost;
import org.madang.practice.ui.LessonPresenter;
import org.madang.practice.ui.LessonScreen;
import org.madang.practice.ui.ScenarioKiosk;
import org.madang.ui.DirectTasks;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * The practice screens that are more than one machine's screen, for {@code madang screenshot
 * practice …}: a guided lesson with its spotlight on the kiosk, a hint on a pack's machine, the
 * instructor's window (on a throwaway practice folder with the demo class and its simulated
 * course), and a lesson's heat map.
 */
final class PracticeShots {
    /** The screen ids this draws. */
    static final List<String> SCREENS = List.of("chooser", "signin", "lesson.guided", "lesson.hint", "instructor", "instructor.learner",
            "heat/booking.court", "heat/fastfood.burger-takeout", "certificate");

    private PracticeShots() {
    }

    static BufferedImage draw(String screen, String lang, int[] size, List<String> sets, java.io.PrintWriter err) throws Exception {
        Path root = Files.createTempDirectory("madang-screenshot-practice-");
        try (PracticeSandbox sandbox = new PracticeSandbox(root, java.time.Clock.systemDefaultZone(), sets, Map.of())) {
            SiteRuntime site = sandbox.fresh();
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err);
            SiteConfig config = font.config();
            String language = Languages.choose(lang, config);
            int width = size == null ? config.screen().widthPx() : size[0];
            int height = size == null ? config.screen().heightPx() : size[1];
            BufferedImage[] image = new BufferedImage[1];
            if ("certificate".equals(screen)) {
                PracticeCommand.demoClass(sandbox.records());
                var records = sandbox.records();
                var learner = records.learners(records.classes().get(0).id()).get(0);
                java.util.Map<String, String> titles = new java.util.HashMap<>();
                Packs.allLessons().forEach(l -> titles.put(l.id(), l.title().ko()));
                var made = (org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.TrainingCertificates.Issued>)
                        sandbox.certificates().issue(learner.id(), titles, "screenshot");
                try (var doc = org.apache.pdfbox.Loader.loadPDF(made.value().pdf())) {
                    return new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110);
                }
            }
            if (screen.startsWith("instructor") || screen.startsWith("heat/")) {
                PracticeCommand.demoClass(sandbox.records());
                SwingUtilities.invokeAndWait(() -> image[0] = instructor(screen, sandbox, font, language));
                return image[0];
            }
            ScreenGeometry geometry = config.screen().resized(width, height);
            ScreenScale scale = new ScreenScale(geometry, font.family());
            SwingUtilities.invokeAndWait(() -> {
                Theme theme = Theme.installTouch(font.family(), scale);
                org.madang.hardware.sim.SimulatedVoice voice = new org.madang.hardware.sim.SimulatedVoice();
                if ("chooser".equals(screen) || "signin".equals(screen)) {
                    image[0] = whoAndWhat(screen, sandbox, scale, width > height, language, width, height);
                } else if ("lesson.guided".equals(screen)) {
                    KioskServices services = KioskAssembly.services(site, config.withScreen(geometry), font.family(), err);
                    KioskApp app = new KioskApp(services, new DirectTasks(), theme, scale, width > height);
                    app.setLanguage(language);
                    app.markAsPractice();
                    LessonScreen strip = new LessonScreen(LessonHost.of(app), scale, voice);
                    Lesson court = lesson("booking.court");
                    strip.start(new LessonPresenter(strip, java.time.Clock.systemDefaultZone()), court, Level.GUIDED);
                    image[0] = spotlit(strip, width, height);
                    strip.detach();
                    app.stop();
                } else {
                    ScenarioKiosk machine = new ScenarioKiosk(Packs.find("cafe").orElseThrow(), scale, language, width > height, 101);
                    LessonScreen strip = new LessonScreen(machine, scale, voice);
                    LessonPresenter presenter = new LessonPresenter(strip, java.time.Clock.systemDefaultZone());
                    strip.start(presenter, lesson("cafe.iced-americano"), Level.HINT);
                    machine.flow().touch("choice.togo");
                    presenter.touched("menu", "category.dessert");
                    image[0] = spotlit(strip, width, height);
                    strip.detach();
                }
            });
            return image[0];
        } finally {
            Sites.deleteTree(root);
        }
    }

    /** The first screens of practice: who is practising (the demo class's learners), and the list of lessons. */
    private static BufferedImage whoAndWhat(String screen, PracticeSandbox sandbox, ScreenScale scale, boolean landscape, String language,
                                            int width, int height) {
        if ("signin".equals(screen)) {
            var records = sandbox.records();
            if (records.classes().isEmpty()) {
                PracticeCommand.demoClass(records);
            }
            org.madang.practice.ui.SignInScreen who = new org.madang.practice.ui.SignInScreen(scale, landscape, language);
            org.madang.practice.ui.SignInPresenter signIn = new org.madang.practice.ui.SignInPresenter(who, records, l -> { });
            who.attach(signIn, language);
            signIn.start();
            return Offscreen.render(who, width, height);
        }
        org.madang.practice.ui.LessonChooser chooser = new org.madang.practice.ui.LessonChooser(scale, landscape, language, l -> { });
        org.madang.practice.ui.ChooserPresenter choosing = new org.madang.practice.ui.ChooserPresenter(chooser, (l, p, v) -> { },
                org.madang.practice.pack.Lessons.madang(), Packs.shipped());
        chooser.attach(choosing);
        chooser.showLearner(java.util.Optional.of("김영희"), () -> { }, p -> { });
        choosing.show();
        return Offscreen.render(chooser, width, height);
    }

    private static Lesson lesson(String id) {
        return Packs.allLessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** Lays the screen out, places the spotlight on it, and draws it. */
    private static BufferedImage spotlit(LessonScreen strip, int width, int height) {
        Offscreen.render(strip, width, height);
        strip.placeSpotlightNow();
        return Offscreen.render(strip, width, height);
    }

    private static BufferedImage instructor(String screen, PracticeSandbox sandbox, KioskAssembly.FontChoice font, String language) {
        Theme.installDesk(font.family());
        org.madang.practice.instructor.InstructorWindow[] window = new org.madang.practice.instructor.InstructorWindow[1];
        window[0] = new org.madang.practice.instructor.InstructorWindow(font.config().site().name(), language, font.family(),
                l -> HeatStages.open(l, sandbox, font, language, () -> window[0].content()), () -> { });
        org.madang.practice.instructor.InstructorPresenter presenter = new org.madang.practice.instructor.InstructorPresenter(window[0],
                sandbox.records(), Packs.allLessons(), PracticeCommand.certificates(sandbox));
        window[0].attach(presenter);
        presenter.start();
        JComponent content = window[0].content();
        if ("instructor.learner".equals(screen)) {
            long first = presenter.report().orElseThrow().learners().get(0).learner().id();
            presenter.chooseLearner(first);
            window[0].tabs().setSelectedIndex(1);
        }
        if (screen.startsWith("heat/")) {
            presenter.chooseLesson(screen.substring("heat/".length()));
            List<BufferedImage> steps = window[0].heatImages();
            int n = Math.min(4, steps.size());
            int w = 540;
            int h = 960;
            BufferedImage strip = new BufferedImage(n * w + (n - 1) * 12, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = strip.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, strip.getWidth(), h);
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (int k = 0; k < n; k++) {
                g.drawImage(steps.get(k), k * (w + 12), 0, w, h, null);
            }
            g.dispose();
            return strip;
        }
        return Offscreen.render(content, 1366, 768);
    }
}
