package org.madang.practice.ui;

import java.util.function.Consumer;
import javax.swing.JComponent;
import org.madang.kiosk.KioskApp;

/**
 * The machine a lesson runs on, as the lesson screen sees it: Madang's own kiosk or a scenario
 * pack's machine. Only what a lesson may observe — which screen is shown, named controls under
 * {@link #root()} — never the machine's state.
 */
public interface LessonHost {
    JComponent root();

    /** The id of the screen shown. */
    String currentScreen();

    /** {@code watcher} is told each screen shown (and each change on it), on the event thread. */
    void onScreenShown(Consumer<String> watcher);

    String language();

    /** Ready for a learner (the kiosk leaves its idle screen). */
    void wake();

    /** The lesson is over and its screen gone: let go of what the machine holds (Madang's kiosk is stopped by its owner). */
    default void stop() {
    }

    /** Madang's kiosk. */
    static LessonHost of(KioskApp kiosk) {
        return new LessonHost() {
            @Override
            public JComponent root() {
                return kiosk.root();
            }

            @Override
            public String currentScreen() {
                return kiosk.currentScreen();
            }

            @Override
            public void onScreenShown(Consumer<String> watcher) {
                kiosk.onScreenShown(watcher);
            }

            @Override
            public String language() {
                return kiosk.language();
            }

            @Override
            public void wake() {
                kiosk.wake();
            }
        };
    }
}
