package org.madang.practice.ui;

import java.awt.AWTKeyStroke;
import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Set;
import javax.swing.JComponent;

/** The kiosk's keypad keys on a practice screen: Down and Right move on like Tab, Up and Left back (Enter presses, by the theme). */
final class KeypadKeys {
    private KeypadKeys() {
    }

    static void install(JComponent root) {
        root.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.of(AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, 0),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_DOWN, 0), AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_RIGHT, 0)));
        root.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.of(
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK), AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_UP, 0),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_LEFT, 0)));
    }
}
