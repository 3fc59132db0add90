package org.madang.ui;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;

/**
 * Tells when a window has painted its first frame — not when it was mapped, but when the last of
 * its layers was drawn: a see-through glass pane is painted after everything under it, so its
 * first paint is the frame's. It hands the window its own glass pane back at once. Mouse events
 * pass through it (it listens to none). Call on the event thread, before the window is shown;
 * several callers on one window share one watcher.
 */
public final class FirstPaint {
    private FirstPaint() {
    }

    /** Runs {@code then} on the event thread just after {@code frame}'s next complete paint (its first, before it shows). */
    public static void whenPainted(JFrame frame, Runnable then) {
        if (frame.getGlassPane() instanceof Watcher w && !w.painted) {
            w.then.add(then);
            return;
        }
        Watcher watcher = new Watcher(frame, frame.getGlassPane());
        watcher.then.add(then);
        frame.setGlassPane(watcher);
        watcher.setVisible(true);
    }

    private static final class Watcher extends JComponent {
        private static final long serialVersionUID = 1L;
        private final transient JFrame frame;
        private final Component original;
        private final transient List<Runnable> then = new ArrayList<>();
        private boolean painted;

        Watcher(JFrame frame, Component original) {
            this.frame = frame;
            this.original = original;
            setOpaque(false);
        }

        @Override
        protected void paintComponent(Graphics g) {
            if (painted) {
                return;
            }
            painted = true;
            // after this paint has reached the screen: the next event, not inside the paint
            EventQueue.invokeLater(() -> {
                frame.setGlassPane(original);
                then.forEach(Runnable::run);
            });
        }
    }
}
