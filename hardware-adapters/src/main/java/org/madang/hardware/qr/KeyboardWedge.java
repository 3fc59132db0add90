package org.madang.hardware.qr;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;

/**
 * Listens to every key the application gets for bursts a keyboard-wedge scanner types. Keys are
 * read from their key codes, not from typed characters, so an active Korean input method cannot
 * turn a scanned {@code MDG1…} into Hangul; once a burst is recognised, its remaining keys are
 * kept from the focused component. Call {@link #keepImeOut(Component)} on windows that scan.
 */
public final class KeyboardWedge implements KeyEventDispatcher, AutoCloseable {
    private final WedgeDecoder decoder;
    private final Consumer<String> bursts;
    private boolean swallowing;

    public KeyboardWedge(long thresholdMs, int minLength, Consumer<String> bursts) {
        this.decoder = new WedgeDecoder(thresholdMs, minLength);
        this.bursts = bursts;
    }

    /** Starts listening (call on the EDT). */
    public void install() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
    }

    /** Switches input methods off for {@code window} and what it holds. */
    public static void keepImeOut(Component window) {
        window.enableInputMethods(false);
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            long when = e.getWhen();
            if (e.getKeyCode() == KeyEvent.VK_ENTER) {
                boolean wasSwallowing = swallowing;
                swallowing = false;
                var scan = decoder.enter(when);
                scan.ifPresent(bursts);
                return scan.isPresent() || wasSwallowing;
            }
            char c = ascii(e);
            if (c == 0) {
                return false;
            }
            swallowing = decoder.inBurst(when);
            decoder.key(c, when);
            return swallowing;
        }
        // typed and released events of a burst's keys go the same way as their presses
        return swallowing && e.getID() != KeyEvent.KEY_PRESSED;
    }

    /** The ASCII character a key stands for on a US layout, or 0 for keys that type none. */
    static char ascii(KeyEvent e) {
        int code = e.getKeyCode();
        boolean shift = e.isShiftDown();
        if (code >= KeyEvent.VK_A && code <= KeyEvent.VK_Z) {
            return (char) ((shift ? 'A' : 'a') + (code - KeyEvent.VK_A));
        }
        if (code >= KeyEvent.VK_0 && code <= KeyEvent.VK_9 && !shift) {
            return (char) ('0' + (code - KeyEvent.VK_0));
        }
        char c = e.getKeyChar();
        return c >= 0x20 && c < 0x7F ? c : 0;
    }

    @Override
    public void close() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
    }
}
