package org.madang.app;

import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.madang.config.ScreenGeometry;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskServices;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.pack.Packs;
import org.madang.practice.scenario.Pack;
import org.madang.practice.ui.ScenarioKiosk;
import org.madang.practice.ui.StepShots;
import org.madang.ui.DirectTasks;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * Machines for the instructor's heat maps: a lesson is taken through offscreen at the kiosk's
 * portrait size in the kiosk's own look — a scenario pack's machine, or Madang's kiosk on a fresh
 * exercise of the sandbox — and the instructor's desk look comes back when the pictures are taken.
 */
final class HeatStages {
    private static final int WIDTH = 1080;
    private static final int HEIGHT = 1920;

    private HeatStages() {
    }

    static StepShots.Stage open(Lesson lesson, PracticeSandbox sandbox, KioskAssembly.FontChoice font, String language,
                                Supplier<JComponent> desk) {
        ScreenGeometry geometry = font.config().screen().resized(WIDTH, HEIGHT);
        ScreenScale scale = new ScreenScale(geometry, font.family());
        Theme theme = Theme.installTouch(font.family(), scale);
        java.util.Optional<Pack> pack = Packs.ofLesson(lesson.id());
        if (pack.isPresent()) {
            ScenarioKiosk machine = new ScenarioKiosk(pack.get(), scale, language, false, 101);
            return closing(StepShots.of(machine).root(), () -> { }, font, desk);
        }
        SiteRuntime site = sandbox.fresh();
        KioskServices services = KioskAssembly.services(site, font.config().withScreen(geometry), font.family(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        services.devices().openAll();
        KioskApp app = new KioskApp(services, new DirectTasks(), theme, scale, false);
        app.setLanguage(language);
        app.markAsPractice();
        app.wake();
        return closing(app.root(), () -> {
            app.stop();
            services.devices().closeAll();
        }, font, desk);
    }

    private static StepShots.Stage closing(JComponent root, Runnable release, KioskAssembly.FontChoice font, Supplier<JComponent> desk) {
        return new StepShots.Stage() {
            @Override
            public JComponent root() {
                return root;
            }

            @Override
            public void close() {
                release.run();
                Theme.installDesk(font.family());
                SwingUtilities.updateComponentTreeUI(desk.get());
            }
        };
    }
}
