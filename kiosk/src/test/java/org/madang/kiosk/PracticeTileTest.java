package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.madang.ui.DirectTasks;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/** "연습하기" on the home screen only where the site offers practice, and it hands over to practice mode. */
class PracticeTileTest {

    private static Optional<AbstractButton> find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && name.equals(b.getName())) {
                return Optional.of(b);
            }
            if (c instanceof Container inner) {
                Optional<AbstractButton> found = find(inner, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theTileIsThereOnlyWhenOfferedAndOpensPractice() throws Exception {
        try (KioskFixture fixture = new KioskFixture()) {
            AtomicInteger opened = new AtomicInteger();
            SwingUtilities.invokeAndWait(() -> {
                ScreenScale scale = new ScreenScale(fixture.config.screen(), fixture.font);
                KioskApp app = new KioskApp(fixture.services, new DirectTasks(), Theme.installTouch(fixture.font, scale), scale, false);
                app.wake();
                assertThat(find(app.root(), "home.practice")).isEmpty();
                app.offerPractice(opened::incrementAndGet);
                app.wake();
                AbstractButton tile = find(app.root(), "home.practice").orElseThrow();
                assertThat(tile.getAccessibleContext().getAccessibleName()).contains("연습하기");
                tile.doClick(0);
                app.stop();
            });
            assertThat(opened).hasValue(1);
        }
    }
}
