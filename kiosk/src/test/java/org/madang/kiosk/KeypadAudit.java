package org.madang.kiosk;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.shell.Keypad;
import org.madang.ui.DirectTasks;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;

/**
 * The keypad part of an accessibility walk (ACCESSIBILITY.md #7) on one screen in a real window,
 * for the kiosk's walk and the practice machines': Down alone reaches every control, in reading
 * order, round through the bars; each shows a focus ring at 3:1 on 90 % of its edge, is wholly
 * in view, is pressed by Enter; and every scrolling list is shown whole on the way.
 */
public final class KeypadAudit {
    private static final int MAX_CONTROLS = 200;

    private KeypadAudit() {
    }

    /** Presses Down until the focus comes back round, checking each control on the way. */
    public static void walk(String id, Container root, Container screen, Robot robot, List<String> problems) {
        Component first = GuiActionRunner.execute(() -> Keypad.firstControl(screen));
        Poll.until(() -> GuiActionRunner.execute(() -> focusOwner() == first), id + ": its first control focused");
        List<Component> controls = GuiActionRunner.execute(() -> Keypad.controls(root));
        if (controls.size() == 1) {
            // one control (a receipt's "start again"): Down keeps the focus on it
            GuiActionRunner.execute(() -> check(id, first, problems));
            return;
        }
        Map<JViewport, int[]> seen = new HashMap<>();
        List<Component> visited = new ArrayList<>();
        Component at = first;
        do {
            robot.waitForIdle();
            Component now = at;
            GuiActionRunner.execute(() -> {
                check(id, now, problems);
                noteViewports(root, seen);
            });
            visited.add(at);
            robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
            // focus moves through the window system, after the key's own events
            Poll.until(() -> GuiActionRunner.execute(KeypadAudit::focusOwner) != now, id + ": the focus to leave " + describe(now));
            at = GuiActionRunner.execute(KeypadAudit::focusOwner);
        } while (at != first && at != null && visited.size() < MAX_CONTROLS && !visited.contains(at));
        if (at != first) {
            problems.add(id + ": Down did not come back round to the first control (stopped at " + describe(at) + ")");
        }
        for (Component c : controls) {
            if (!visited.contains(c)) {
                problems.add(id + ": " + describe(c) + " cannot be reached with the arrows");
            }
        }
        for (Component c : visited) {
            if (!controls.contains(c)) {
                problems.add(id + ": the focus stops on " + describe(c) + ", which is not a control");
            }
        }
        GuiActionRunner.execute(() -> checkOrder(id, visited, root, problems));
        seen.forEach((port, range) -> {
            int height = GuiActionRunner.execute(() -> port.getView().getHeight());
            if (range[0] > 0 || range[1] < height) {
                problems.add(id + ": the arrows show only " + range[0] + "-" + range[1] + " of a list " + height + " px long");
            }
        });
    }

    private static void check(String id, Component c, List<String> problems) {
        if (!(c instanceof AbstractButton b)) {
            problems.add(id + ": the focus is on " + describe(c));
            return;
        }
        Rectangle visible = b.getVisibleRect();
        if (visible.width < b.getWidth() || visible.height < b.getHeight()) {
            problems.add(id + ": " + describe(b) + " is focused but not wholly in view");
        }
        Object enter = b.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0));
        if (enter == null || b.getActionMap().get(enter) == null) {
            problems.add(id + ": Enter does not press " + describe(b));
        }
        double ring = ringShare(b);
        if (ring < 0.9) {
            problems.add(String.format("%s: %s shows its focus ring on %.0f%% of its edge (wants 90%%, 3:1 against the background)",
                    id, describe(b), ring * 100));
        }
    }

    /**
     * The share of a focused button's outer edge (the band its focus ring is drawn in, corners
     * left out) painted opaque, at 3:1 or more against the background behind the button.
     */
    private static double ringShare(AbstractButton b) {
        BufferedImage image = new BufferedImage(b.getWidth(), b.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        b.paint(g);
        g.dispose();
        Color behind = backgroundBehind(b);
        int band = UIManager.getInt("Component.focusWidth") / 2;
        int corner = UIManager.getInt("Button.arc") / 2 + UIManager.getInt("Component.focusWidth");
        int samples = 0;
        int ring = 0;
        for (int x = corner; x < b.getWidth() - corner; x++) {
            samples += 2;
            ring += isRing(image.getRGB(x, band), behind) + isRing(image.getRGB(x, b.getHeight() - 1 - band), behind);
        }
        for (int y = corner; y < b.getHeight() - corner; y++) {
            samples += 2;
            ring += isRing(image.getRGB(band, y), behind) + isRing(image.getRGB(b.getWidth() - 1 - band, y), behind);
        }
        return samples == 0 ? 0 : (double) ring / samples;
    }

    private static int isRing(int argb, Color behind) {
        return (argb >>> 24) == 0xFF && Contrast.ratio(new Color(argb), behind) >= 3 ? 1 : 0;
    }

    private static Color backgroundBehind(Component c) {
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (p.isOpaque()) {
                return p.getBackground();
            }
        }
        return Color.WHITE;
    }

    /** Each control after the one before in reading order, once round from the top left. */
    private static void checkOrder(String id, List<Component> visited, Container root, List<String> problems) {
        int start = 0;
        for (int i = 1; i < visited.size(); i++) {
            Rectangle r = place(visited.get(i), visited.get(start), root);
            Rectangle s = place(visited.get(start), visited.get(i), root);
            if (r.y < s.y || (r.y == s.y && r.x < s.x)) {
                start = i;
            }
        }
        for (int k = 1; k < visited.size(); k++) {
            Component before = visited.get((start + k - 1) % visited.size());
            Component after = visited.get((start + k) % visited.size());
            Rectangle a = place(before, after, root);
            Rectangle b = place(after, before, root);
            boolean below = b.y >= a.y + a.height - 2;
            boolean sameRow = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > Math.min(a.height, b.height) / 2;
            if (!below && !(sameRow && b.x > a.x) && !a.equals(b)) {
                problems.add(id + ": the focus goes from " + describe(before) + " " + a + " to " + describe(after) + " " + b
                        + ", against reading order");
            }
        }
    }

    /**
     * Where a component sits for comparing it with another: inside a scroll list that the other
     * is not in, the list's place on screen stands for it; within one list, its place in the list.
     */
    private static Rectangle place(Component c, Component other, Container root) {
        JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
        if (port != null && !SwingUtilities.isDescendingFrom(other, port)) {
            return SwingUtilities.convertRectangle(port.getParent(), port.getBounds(), root);
        }
        int x = 0;
        int y = 0;
        for (Component at = c; at != null && at != root; at = at.getParent()) {
            if (!(at.getParent() instanceof JViewport)) {
                x += at.getX();
                y += at.getY();
            }
        }
        return new Rectangle(x, y, c.getWidth(), c.getHeight());
    }

    /** Widens, for every showing scroll list, the stretch of it that has been in view. */
    private static void noteViewports(Container c, Map<JViewport, int[]> seen) {
        for (Component child : c.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof JViewport port && port.getView() != null) {
                Rectangle view = port.getViewRect();
                int[] range = seen.computeIfAbsent(port, p -> new int[] {view.y, view.y + view.height});
                range[0] = Math.min(range[0], view.y);
                range[1] = Math.max(range[1], view.y + view.height);
            }
            if (child instanceof Container inner) {
                noteViewports(inner, seen);
            }
        }
    }

    private static Component focusOwner() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    private static String describe(Component c) {
        return c == null ? "nothing" : c.getClass().getSimpleName() + " '" + c.getName() + "'";
    }
}
