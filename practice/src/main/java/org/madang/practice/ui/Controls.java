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
}
