package org.madang.kiosk.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.HierarchyEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.madang.hardware.voice.Voice;
import org.madang.ui.Messages;
import org.madang.ui.speech.SpokenText;
import org.madang.ui.widget.WrappingText;

/**
 * Spoken guidance and confirmation tones (ACCESSIBILITY.md #8, #9). Once turned on (the Voice
 * button, F3, or an earphone plugged in), each new screen says its title, what to do and what it
 * shows; each control the keypad reaches says its name, that it is a button, its state and where
 * it is in its list; what is typed is echoed (a PIN only as a count of digits); a refusal is read
 * out. Tones sound whether or not the voice is on: a short one on every accepted press, a lower
 * pair when the kiosk refuses. Volume and speed are the resident's, and reset for the next one.
 */
public final class VoiceGuide {
    /** The voice's volume and speed at the start of every visit. */
    public static final int DEFAULT_VOLUME = 100;
    public static final int DEFAULT_RATE = 150;
    private static final int VOLUME_STEP = 20;
    private static final int RATE_STEP = 25;
    static final int FOCUS_DELAY_MS = 250;
    /** The keys that move the focus (see {@link Keypad#arrowsMoveFocus}). */
    private static final Set<Integer> TRAVERSAL_KEYS = Set.of(KeyEvent.VK_UP, KeyEvent.VK_DOWN, KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT,
            KeyEvent.VK_TAB);
    /** Set on a component whose state is "chosen" (an option picked, the session's language). */
    public static final String CHOSEN = "madang.chosen";
    /** Set on a component that is never read out (what it shows is private). */
    public static final String SILENT = "madang.silent";
    /**
     * Client property: a text that is read out as it appears or changes, like a refusal but
     * without the refusal tone (a thank-you after an answer).
     */
    public static final String LIVE = "madang.live";

    private final Voice voice;
    private final boolean sounds;
    private final JComponent root;
    private final PropertyChangeListener focusListener = e -> {
        if (e.getNewValue() instanceof Component c) {
            focused(c);
        }
    };
    private final AWTEventListener awtListener = this::awtEvent;
    private final PropertyChangeListener refusalListener = e -> {
        if (AccessibleContext.ACCESSIBLE_NAME_PROPERTY.equals(e.getPropertyName()) && e.getNewValue() instanceof String text) {
            refusal(text);
        }
    };
    private final PropertyChangeListener liveListener = e -> {
        if (AccessibleContext.ACCESSIBLE_NAME_PROPERTY.equals(e.getPropertyName()) && e.getNewValue() instanceof String text) {
            announce(text);
        }
    };
    private final Set<String> saidOnThisScreen = new HashSet<>();
    /** The refusal just read out: a screen that comes back with it does not read it twice. */
    private String lastRefusal;
    private Consumer<String> caption = text -> { };
    private Messages words;
    private SpokenText spoken;
    private String language;
    private boolean on;
    private int volume = DEFAULT_VOLUME;
    private int rate = DEFAULT_RATE;
    private boolean introPending;
    private Container screen;
    /**
     * A control reached is said after a moment: arrows pressed quickly say only where they stop,
     * and a control that holds the focus only while a screen changes (Back, after "Book now") says nothing.
     */
    private final javax.swing.Timer focusDelay;
    private Component reached;
    /** Whether the resident has just moved the focus with a key: only then is the control reached read out. */
    private boolean moved;

    /**
     * @param sounds whether the site sounds the confirmation tones ({@code ui.sounds})
     * @param root   the kiosk's root: only its controls are read out and sounded
     */
    public VoiceGuide(Voice voice, boolean sounds, JComponent root) {
        this.voice = voice;
        this.sounds = sounds;
        this.root = root;
        focusDelay = new javax.swing.Timer(FOCUS_DELAY_MS, e -> sayReached());
        focusDelay.setRepeats(false);
        voice.setVolume(volume);
        voice.setRate(rate);
    }

    /** Starts listening to the focus and to presses; {@link #detach()} when the kiosk closes. */
    public void attach() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", focusListener);
        Toolkit.getDefaultToolkit().addAWTEventListener(awtListener,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK | AWTEvent.HIERARCHY_EVENT_MASK);
    }

    public void detach() {
        focusDelay.stop();
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", focusListener);
        Toolkit.getDefaultToolkit().removeAWTEventListener(awtListener);
    }

    /** The session's language: what is said from now on. */
    public void setLanguage(Messages words, String language) {
        this.words = words;
        this.language = language;
        this.spoken = SpokenText.forLanguage(language);
    }

    /** Shows each utterance as it is said (the speaking indicator). */
    public void onSaid(Consumer<String> caption) {
        this.caption = caption;
    }

    public boolean isOn() {
        return on;
    }

    /** Turns guidance on (it says so, then reads the screen) or off (it stops at once). */
    public void setOn(boolean on) {
        if (this.on == on) {
            return;
        }
        this.on = on;
        voice.interrupt();
        if (on) {
            say(words.get("kiosk.voice.welcome"));
            if (screen != null) {
                introduce(screen);
            }
        } else {
            caption.accept("");
        }
    }

    /** Louder, by a step, up to twice the normal loudness (EN 301 549 8.2.1 asks for a wide range). */
    public void louder() {
        setVolume(volume + VOLUME_STEP);
    }

    public void quieter() {
        setVolume(volume - VOLUME_STEP);
    }

    private void setVolume(int v) {
        volume = Math.max(20, Math.min(200, v));
        voice.setVolume(volume);
        voice.interrupt();
        say(words.get("kiosk.voice.volumeIs", volume));
    }

    public void faster() {
        setRate(rate + RATE_STEP);
    }

    public void slower() {
        setRate(rate - RATE_STEP);
    }

    private void setRate(int r) {
        rate = Math.max(80, Math.min(300, r));
        voice.setRate(rate);
        voice.interrupt();
        say(words.get("kiosk.voice.rateIs", Math.round(rate * 100f / DEFAULT_RATE)));
    }

    /** Says the last thing again ("다시 듣기"). */
    public void repeat() {
        voice.repeatLast();
    }

    /** Stops what is being said ("멈춤"); the next screen or key speaks again. */
    public void pause() {
        voice.interrupt();
        caption.accept("");
    }

    /** The visit is over: silent again, at the usual volume and speed, for whoever comes next. */
    public void reset() {
        setOnQuietly(false);
        volume = DEFAULT_VOLUME;
        rate = DEFAULT_RATE;
        voice.setVolume(volume);
        voice.setRate(rate);
    }

    private void setOnQuietly(boolean value) {
        on = value;
        voice.interrupt();
        caption.accept("");
    }

    /** A new screen is showing: what was being said stops, and (once laid out and focused) the screen is read. */
    public void screenShown(Container shown) {
        if (screen != shown) {
            lastRefusal = null;
        }
        screen = shown;
        saidOnThisScreen.clear();
        if (!on) {
            return;
        }
        voice.interrupt();
        focusDelay.stop();
        introPending = true;
        // after the screen's content and its first control's focus have settled
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
            if (screen == shown) {
                introduce(shown);
            }
        }));
    }

    private void introduce(Container shown) {
        introPending = false;
        say(sentences(introParts(shown)));
    }

    /** What the guide says about the screen showing now, as it is spoken ({@code madang say}); empty before any screen. */
    public String introduction() {
        return screen == null ? "" : spoken.speakable(sentences(introParts(screen)));
    }

    private List<String> introParts(Container shown) {
        List<String> parts = new ArrayList<>(intro(shown));
        if (lastRefusal != null) {
            parts.remove(lastRefusal.strip());
            lastRefusal = null;
        }
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (focus == null || !SwingUtilities.isDescendingFrom(focus, shown)) {
            // the first control, which the keypad's focus is about to reach
            focus = Keypad.firstControl(shown);
        }
        if (focus != null) {
            parts.add(describe(focus));
        }
        moved = false;
        parts.forEach(saidOnThisScreen::add);
        return parts;
    }

    private String sentences(List<String> parts) {
        return sentences(parts, "zh".equals(language) ? "。" : ". ");
    }

    /** Parts said one after another, each ending as a sentence ends (no ". " after a question mark). */
    public static String sentences(List<String> parts, String stop) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            String part = p.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                out.append(".?!:。？！：".indexOf(last) >= 0 ? " " : stop);
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * What a screen says when it comes up: its title and what to do, then the texts it shows
     * (a refusal, a booking number), in layout order; never a button (the keypad reaches those).
     * A label that the next text repeats ("이름" before "이름 김*희") is said once.
     */
    public static List<String> intro(Container screen) {
        List<String> all = new ArrayList<>();
        collectTexts(screen, all);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            boolean repeatedNext = i + 1 < all.size() && all.get(i + 1).startsWith(text);
            if (!repeatedNext && !out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }

    private static void collectTexts(Container c, List<String> into) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible() || child instanceof AbstractButton || isSilent(child)) {
                continue;
            }
            if (child instanceof WrappingText t) {
                // its name for assistive technology, where a row gives it its label ("이름 김*희")
                String name = t.getAccessibleContext().getAccessibleName();
                add(into, name != null && !name.isBlank() && t.isVisible() && !t.getText().isBlank() ? name : t.getText());
            } else if (child instanceof JLabel l) {
                String name = l.getAccessibleContext().getAccessibleName();
                add(into, name != null ? name : l.getText());
            } else if (child instanceof Container inner) {
                collectTexts(inner, into);
            }
        }
    }

    private static void add(List<String> into, String text) {
        if (text != null && !text.isBlank() && !text.startsWith("<html")) {
            into.add(text.strip());
        }
    }

    private static boolean isSilent(Component c) {
        return c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(SILENT));
    }

    /**
     * What a control says when the keypad reaches it: its name, "button", its state, and where it
     * is among its neighbours ("3월 12일, 예약 가능 3회, 버튼, 선택됨, 5개 중 2번째").
     */
    public String describe(Component c) {
        List<String> parts = new ArrayList<>();
        String name = c.getAccessibleContext() == null ? null : c.getAccessibleContext().getAccessibleName();
        if (isSilent(c)) {
            name = null;
        }
        if (c instanceof AbstractButton) {
            parts.add(words.get("kiosk.voice.button", name == null ? "" : name));
            if (c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(CHOSEN))) {
                parts.add(words.get("kiosk.voice.chosen"));
            }
            if (!c.isEnabled()) {
                parts.add(words.get("kiosk.voice.disabled"));
            }
            List<Component> siblings = c.getParent() == null ? List.of() : Keypad.controls(c.getParent());
            if (siblings.size() >= 3 && siblings.contains(c)) {
                parts.add(words.get("kiosk.voice.position", siblings.indexOf(c) + 1, siblings.size()));
            }
        } else if (name != null) {
            parts.add(name);
        }
        return String.join(", ", parts);
    }

    private void focused(Component c) {
        if (!on || introPending || !moved || !SwingUtilities.isDescendingFrom(c, root)) {
            return;
        }
        reached = c;
        focusDelay.restart();
    }

    private void sayReached() {
        Component c = reached;
        Component now = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (!on || introPending || c == null || c != now || !c.isShowing()) {
            return;
        }
        moved = false;
        voice.interrupt();
        say(describe(c));
    }

    /** Echoes what was typed: {@code shown} as the screen writes it (dots for a PIN are said as a count). */
    public void typed(String shown, int count) {
        if (!on) {
            return;
        }
        voice.interrupt();
        boolean secret = !shown.isEmpty() && shown.chars().allMatch(ch -> ch == '●' || ch == '*');
        say(secret ? words.get("kiosk.voice.digits", count) : shown);
    }

    /** A refusal came up: the refusal tone, and (voice on) the words. */
    private void refusal(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (sounds) {
            voice.tone(Voice.Tone.REFUSED);
        }
        if (on && !introPending && saidOnThisScreen.add(text)) {
            lastRefusal = text;
            say(text);
        }
    }

    /** A live text came up or changed: read out once on this screen, with the voice on. */
    private void announce(String text) {
        if (text != null && !text.isBlank() && on && !introPending && saidOnThisScreen.add(text)) {
            voice.interrupt();
            say(text);
        }
    }

    private void awtEvent(AWTEvent e) {
        if (e instanceof KeyEvent k && k.getID() == KeyEvent.KEY_PRESSED && TRAVERSAL_KEYS.contains(k.getKeyCode())) {
            moved = true;
        }
        if (e instanceof MouseEvent m && m.getID() == MouseEvent.MOUSE_RELEASED && m.getComponent() instanceof AbstractButton b) {
            pressed(b, b.getModel().isArmed());
        } else if (e instanceof KeyEvent k && k.getID() == KeyEvent.KEY_PRESSED && k.getComponent() instanceof AbstractButton b
                && (k.getKeyCode() == KeyEvent.VK_ENTER || k.getKeyCode() == KeyEvent.VK_SPACE)) {
            pressed(b, true);
        } else if (e instanceof HierarchyEvent h && (h.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0
                && h.getComponent() == h.getChanged() && h.getComponent().isShowing()) {
            shownNow(h.getComponent());
        }
    }

    private void pressed(AbstractButton b, boolean accepted) {
        if (sounds && accepted && b.isEnabled() && SwingUtilities.isDescendingFrom(b, root)) {
            voice.tone(Voice.Tone.ACCEPTED);
        }
    }

    /** A part of the screen has just appeared: any refusal in it is sounded and read, and followed if its words change. */
    private void shownNow(Component c) {
        if (!SwingUtilities.isDescendingFrom(c, root)) {
            return;
        }
        List<WrappingText> followed = new ArrayList<>();
        followedIn(c, followed);
        for (WrappingText t : followed) {
            boolean live = Boolean.TRUE.equals(t.getClientProperty(LIVE));
            PropertyChangeListener listener = live ? liveListener : refusalListener;
            if (t.getClientProperty(listener) == null) {
                t.putClientProperty(listener, Boolean.TRUE);
                t.getAccessibleContext().addPropertyChangeListener(listener);
            }
            if (live) {
                announce(t.getText());
            } else {
                refusal(t.getText());
            }
        }
    }

    /** The refusals and live texts in {@code c}. */
    private static void followedIn(Component c, List<WrappingText> into) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof WrappingText t && ("refusal".equals(t.getClientProperty(FlatClientProperties.STYLE_CLASS))
                || Boolean.TRUE.equals(t.getClientProperty(LIVE)))) {
            into.add(t);
        } else if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                followedIn(child, into);
            }
        }
    }

    private void say(String text) {
        if (!on || text == null || text.isBlank()) {
            return;
        }
        String said = spoken.speakable(text);
        caption.accept(said);
        voice.say(said, language);
    }
}
