package org.madang.app;

import java.awt.EventQueue;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import org.madang.ui.FirstPaint;

/**
 * The floor {@code madang bench startup} measures against: the plainest Swing program, one
 * window with one label, started the same way (same JVM, same jar on the class path) and
 * reporting its first painted frame the same way.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        EventQueue.invokeLater(() -> {
            JFrame frame = new JFrame("floor");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.add(new JLabel("floor", SwingConstants.CENTER));
            frame.setSize(800, 600);
            FirstPaint.whenPainted(frame, () -> {
                System.out.println(StartupProbe.PAINTED);
                System.out.flush();
                frame.dispose();
            });
            frame.setVisible(true);
        });
    }
}
