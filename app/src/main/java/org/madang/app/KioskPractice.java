package org.madang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.hardware.voice.Voice;
import org.madang.kiosk.KioskApp;
import org.madang.practice.pack.Lessons;
import org.madang.practice.pack.Packs;
import org.madang.practice.ui.PracticeWindow;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * "연습하기" on a live kiosk ({@code ui.offerPractice}): practice mode in a window over the kiosk,
 * on a sandbox in the site folder's {@code practice/} with keys of its own — never the live
 * site's data — and back to the kiosk's first screen when the learner closes it.
 */
final class KioskPractice {
    private final Path folder;
    private final UiExecutor tasks;
    private final Theme theme;
    private final ScreenScale scale;
    private final SiteConfig kiosk;
    private final boolean fullscreen;
    private boolean open;

    KioskPractice(Path siteRoot, UiExecutor tasks, Theme theme, ScreenScale scale, SiteConfig kiosk, boolean fullscreen) {
        this.folder = siteRoot.resolve("practice");
        this.tasks = tasks;
        this.theme = theme;
        this.scale = scale;
        this.kiosk = kiosk;
        this.fullscreen = fullscreen;
    }

    /** Opens practice over {@code app} (on the event thread); the sandbox is prepared off it. */
    void open(KioskApp app) {
        if (open) {
            return;
        }
        open = true;
        boolean landscape = kiosk.screen().widthPx() > kiosk.screen().heightPx();
        Thread worker = new Thread(() -> {
            PracticeSandbox sandbox = new PracticeSandbox(folder, Clock.systemDefaultZone(), List.of(), Map.of());
            try {
                var records = sandbox.records();
                Voice voice = DeviceAssembly.voice(kiosk.devices().voice());
                voice.open();
                SwingUtilities.invokeLater(() -> {
                    PracticeWindow window = new PracticeWindow(kiosk.site().name(), kiosk.screen().widthPx(), kiosk.screen().heightPx(),
                            fullscreen, scale, landscape, app.language(), voice, Clock.systemDefaultZone(),
                            language -> PracticeCommand.exercise(sandbox, tasks, theme, scale, landscape, language), Lessons.madang(),
                            Packs.shipped(), Optional.of(records), () -> {
                                voice.close();
                                sandbox.close();
                                open = false;
                                app.reset();
                            });
                    window.show();
                });
            } catch (RuntimeException e) {
                sandbox.close();
                SwingUtilities.invokeLater(() -> open = false);
                throw e;
            }
        }, "kiosk-practice");
        worker.setDaemon(true);
        worker.start();
    }
}
