package org.madang.practice.ui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/** Finding a lesson's control on a machine's screen by its name, as a reader meets it: top to bottom, left to right. */
final class Controls {
    private Controls() {
    }

    /**
     * The first enabled control whose name {@code name} matches.
     *
     * @param onScreen whether it must be on a screen now (a window); offscreen (a heat map's picture), visible is enough
     */
    static Optional<JComponent> first(Component root, Pattern name, boolean onScreen) {
        List<JComponent> all = new ArrayList<>();
        collect(root, name, onScreen, all);
        return all.stream().min(Comparator.comparingInt((JComponent j) -> SwingUtilities.convertPoint(j, 0, 0, root).y)
                .thenComparingInt(j -> SwingUtilities.convertPoint(j, 0, 0, root).x));
    }

    private static void collect(Component c, Pattern name, boolean onScreen, List<JComponent> into) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof JComponent j && j.getName() != null && name.matcher(j.getName()).matches() && j.isEnabled()
                && (!onScreen || j.isShowing())) {
            into.add(j);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, name, onScreen, into);
            }
        }
    }

    /**
     * After a screen's controls are made anew: the keypad's focus goes back to the control of the
     * same name (a level just chosen), else to the first control — never lost with the old ones.
     */
    static void refocus(Container screen, String hadFocus) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            Component target = null;
            if (hadFocus != null) {
                target = org.madang.kiosk.shell.Keypad.controls(screen).stream().filter(c -> hadFocus.equals(c.getName())).findFirst().orElse(null);
            }
            if (target == null) {
                target = org.madang.kiosk.shell.Keypad.firstControl(screen);
            }
            if (target != null && target.isShowing()) {
                target.requestFocusInWindow();
            }
        });
    }

    /** The name of the focused control inside {@code screen}, if the focus is there. */
    static String focusedIn(Container screen) {
        Component c = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return c != null && javax.swing.SwingUtilities.isDescendingFrom(c, screen) ? c.getName() : null;
    }
}
