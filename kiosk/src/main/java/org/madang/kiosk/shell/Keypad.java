package org.madang.kiosk.shell;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * What a keypad user needs beyond the focus keys (ACCESSIBILITY.md #7): each new screen starts
 * with its first control focused, and a control that takes the focus inside a scrolling list is
 * scrolled into view — the first one with everything above it, the last one with everything
 * below, so no text of a long screen is out of a keypad user's reach.
 */
public final class Keypad {
    private final PropertyChangeListener listener;

    private Keypad(JComponent root) {
        this.listener = e -> {
            if (e.getNewValue() instanceof Component c && SwingUtilities.isDescendingFrom(c, root)) {
                // after the layout that a new screen's content is still waiting for
                SwingUtilities.invokeLater(() -> reveal(c));
            }
        };
    }

    /** The keypad's keys on a screen: Down and Right move on like Tab, Up and Left back (Enter presses, by the touch theme). */
    public static void arrowsMoveFocus(javax.swing.JComponent root) {
        root.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, java.util.Set.of(
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_TAB, 0),
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_DOWN, 0),
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_RIGHT, 0)));
        root.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, java.util.Set.of(
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_TAB, java.awt.event.InputEvent.SHIFT_DOWN_MASK),
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_UP, 0),
                java.awt.AWTKeyStroke.getAWTKeyStroke(java.awt.event.KeyEvent.VK_LEFT, 0)));
    }

    /** Starts following the focus inside {@code root}; {@link #detach()} when the kiosk closes. */
    public static Keypad attach(JComponent root) {
        Keypad keypad = new Keypad(root);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", keypad.listener);
        return keypad;
    }

    public void detach() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", listener);
    }

    /** Focuses the first control of a screen that has just been shown (once it is laid out). */
    public void focusFirst(Container screen) {
        SwingUtilities.invokeLater(() -> {
            Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            if (focused != null && focused.isShowing() && SwingUtilities.isDescendingFrom(focused, screen)) {
                return;
            }
            Component first = firstControl(screen);
            if (first != null && first.isShowing()) {
                first.requestFocusInWindow();
            }
        });
    }

    /** The first control of a container, in the order it was laid out (top to bottom, left to right). */
    public static Component firstControl(Container c) {
        List<Component> all = controls(c);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every visible, enabled, focusable button inside a container, in layout order. */
    public static List<Component> controls(Container c) {
        List<Component> into = new ArrayList<>();
        collect(c, into);
        return into;
    }

    private static void collect(Container c, List<Component> into) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof AbstractButton && child.isFocusable() && child.isEnabled()) {
                into.add(child);
            } else if (child instanceof Container inner) {
                collect(inner, into);
            }
        }
    }

    /**
     * Scrolls a focused control into view, with the text above the first control and below the
     * last; a list inside a scrolling screen (zoomed, low position) scrolls, and then the screen.
     */
    static void reveal(Component c) {
        JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
        Component from = c.getParent();
        Rectangle shown = c.getBounds();
        while (port != null && port.getView() instanceof JComponent view) {
            show(port, view, SwingUtilities.convertRectangle(from, shown, view));
            // a viewport scrolls only itself: the one around it follows, showing what this one shows of the control
            Rectangle seen = SwingUtilities.convertRectangle(from, shown, port).intersection(new Rectangle(0, 0, port.getWidth(), port.getHeight()));
            if (seen.isEmpty()) {
                return;
            }
            from = port;
            shown = seen;
            port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, port);
        }
    }

    /** Scrolls {@code view} to show {@code r}, and all above it for the first control, all below it for the last. */
    private static void show(JViewport port, JComponent view, Rectangle r) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Component other : controls(view)) {
            Rectangle o = SwingUtilities.convertRectangle(other.getParent(), other.getBounds(), view);
            top = Math.min(top, o.y);
            bottom = Math.max(bottom, o.y + o.height);
        }
        int height = port.getExtentSize().height;
        if (r.y <= top && r.y + r.height <= height) {
            r = new Rectangle(r.x, 0, r.width, r.y + r.height);
        } else if (r.y + r.height >= bottom && view.getHeight() - r.y <= height) {
            r = new Rectangle(r.x, r.y, r.width, view.getHeight() - r.y);
        }
        view.scrollRectToVisible(r);
    }
}
