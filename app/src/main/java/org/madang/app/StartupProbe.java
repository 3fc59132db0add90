package org.madang.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.madang.ui.FirstPaint;

/**
 * What {@code madang bench startup} reads from a terminal it starts: one line when the window's
 * first frame is painted, and for the kiosk one more when the first touch (a real click on the
 * idle screen, through the display server) has brought the home screen up and painted it. Only
 * with {@code -Dmadang.startupProbe=stay|exit}; with {@code exit} the window closes after its
 * last line, so the process ends as it would when closed (and a class archive can be written).
 */
final class StartupProbe {
    static final String PROPERTY = "madang.startupProbe";
    static final String PAINTED = "MADANG-STARTUP painted";
    static final String TOUCHED = "MADANG-STARTUP touched";

    private StartupProbe() {
    }

    /** Whether this process runs under the startup benchmark (or a class-archive training run). */
    static boolean on() {
        return System.getProperty(PROPERTY) != null;
    }

    private static boolean exitAfter() {
        return "exit".equals(System.getProperty(PROPERTY));
    }

    /** For a window without a touch to measure (counter, display): reports its first frame. Before it is shown. */
    static void watch(JFrame frame) {
        if (!on()) {
            return;
        }
        FirstPaint.whenPainted(frame, () -> {
            say(PAINTED);
            if (exitAfter()) {
                frame.dispose();
            }
        });
    }

    /**
     * For the kiosk: reports the first frame, then clicks the component named {@code touchTarget}
     * and reports when {@code onScreen} says the screen {@code awaited} is showing and it is painted.
     */
    static void watchTouch(JFrame frame, String touchTarget, String awaited, Consumer<Consumer<String>> onScreen) {
        if (!on()) {
            return;
        }
        FirstPaint.whenPainted(frame, () -> {
            say(PAINTED);
            boolean[] done = {false};
            onScreen.accept(id -> {
                if (!done[0] && awaited.equals(id)) {
                    done[0] = true;
                    FirstPaint.whenPainted(frame, () -> {
                        say(TOUCHED);
                        if (exitAfter()) {
                            frame.dispose();
                        }
                    });
                    frame.getGlassPane().repaint();
                }
            });
            Component target = find(frame.getContentPane(), touchTarget)
                    .orElseThrow(() -> new IllegalStateException("no '" + touchTarget + "' to touch"));
            Point centre = new Point(target.getWidth() / 2, target.getHeight() / 2);
            SwingUtilities.convertPointToScreen(centre, target);
            // a real click, off the event thread: the display server delivers it like a finger's
            Thread touch = new Thread(() -> {
                try {
                    Robot robot = new Robot();
                    robot.mouseMove(centre.x, centre.y);
                    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                } catch (java.awt.AWTException e) {
                    say("MADANG-STARTUP no-touch " + e.getMessage());
                }
            }, "startup-touch");
            touch.setDaemon(true);
            touch.start();
        });
    }

    private static Optional<Component> find(Container in, String name) {
        for (Component c : in.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing()) {
                return Optional.of(c);
            }
            if (c instanceof Container inner) {
                Optional<Component> found = find(inner, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Under the probe, a line naming a step of the start and when it ended (ms since the process started). */
    static void mark(String step) {
        if (on()) {
            long since = ProcessHandle.current().info().startInstant()
                    .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
            say("MADANG-STARTUP mark " + since + " " + step);
        }
    }

    private static void say(String line) {
        PrintStream out = System.out;
        out.println(line);
        out.flush();
    }
}
