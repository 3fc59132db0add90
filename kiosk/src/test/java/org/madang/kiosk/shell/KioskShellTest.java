package org.madang.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.madang.config.ScreenGeometry;
import org.madang.hardware.testing.Poll;
import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;

class KioskShellTest {

    /** The "one moment" sign waits: quick work never shows it, slow work does, and it goes when the work is done. */
    @Test
    void theOneMomentSignShowsOnlyForSlowWork() throws Exception {
        Messages words = Messages.forLanguage("en");
        AtomicReference<KioskShell> shell = new AtomicReference<>();
        AtomicReference<String> atOnce = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Look look = new Look(words, new ScreenScale(new ScreenGeometry(1080, 1920, 237, 421, 800, 12), "Dialog"), false);
            shell.set(new KioskShell(look, "Madang", new Navigator("home"), new KioskShell.Actions(() -> { }, () -> { }, () -> { }, () -> { },
                    () -> { }, () -> { }, () -> { }),
                    new org.madang.kiosk.shell.VoiceGuide(new org.madang.hardware.sim.SimulatedVoice(), false, new javax.swing.JPanel())));
            shell.get().setBusy(true);
            atOnce.set(busyText(shell.get()));
        });
        assertThat(atOnce.get()).isEmpty();

        Poll.until(() -> onEdt(() -> busyText(shell.get())).equals(words.get("kiosk.busy")), "the one-moment sign after the delay");

        SwingUtilities.invokeAndWait(() -> shell.get().setBusy(false));
        assertThat(onEdt(() -> busyText(shell.get()))).isEmpty();
    }

    private static String busyText(KioskShell shell) {
        return ((JLabel) find(shell, "kiosk.busy")).getText();
    }

    private static java.awt.Component find(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(java.util.function.Supplier<T> what) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(what.get()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return result.get();
    }
}
