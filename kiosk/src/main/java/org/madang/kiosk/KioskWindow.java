package org.madang.kiosk;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/** The kiosk's window: fullscreen and undecorated in production, an ordinary window with {@code --windowed}. */
public final class KioskWindow {
    private final JFrame frame;
    private final KioskApp app;
    private final AWTEventListener activity;

    public KioskWindow(KioskApp app, String title, int width, int height, boolean fullscreen, Runnable onClose) {
        this(app, app.root(), title, width, height, fullscreen, onClose);
    }

    /** A window whose content holds the kiosk with something around it (a practice lesson's strip and spotlight). */
    public KioskWindow(KioskApp app, javax.swing.JComponent content, String title, int width, int height, boolean fullscreen,
                       Runnable onClose) {
        this.app = app;
        this.frame = new JFrame(title);
        frame.setName("kioskWindow");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setContentPane(content);
        if (fullscreen) {
            frame.setUndecorated(true);
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        }
        frame.getContentPane().setPreferredSize(new java.awt.Dimension(width, height));
        frame.pack();
        frame.setLocationRelativeTo(null);
        activity = event -> app.touched();
        frame.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                // a keypad user starts on the screen's first control, not on the bare window
                app.focusScreen();
            }
        });
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
                app.stop();
                onClose.run();
            }
        });
    }

    public void show() {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        app.start();
        org.madang.ui.FirstPaint.whenPainted(frame, app::prepareAhead);
        frame.setVisible(true);
    }

    public JFrame frame() {
        return frame;
    }

    public KioskApp app() {
        return app;
    }
}
