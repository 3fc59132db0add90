package org.madang.kiosk.shell;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.HangulComposer;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * An on-screen Korean keyboard in the 2-beolsik (두벌식) layout every Korean phone and PC uses:
 * consonants on the left, vowels on the right, a shift key for ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ, a wide
 * space bar and an erase key; what is typed shows above it as it is composed (ㅎ → 하 → 한).
 * A keyboard's letter keys type the same jamo (r = ㄱ, k = ㅏ …) while it shows.
 */
public final class KoreanKeyboard extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String[] ROWS = {"ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"};
    private static final String[] SHIFTED = {"ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"};
    /** The letters of a QWERTY keyboard over each 2-beolsik key, row by row. */
    private static final String[] QWERTY = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private final transient HangulComposer composer;
    private final transient Consumer<String> changed;
    private final WrappingText shown;
    private final String placeholder;
    private final List<TouchButton> letterKeys = new ArrayList<>();
    private final TouchButton shift;
    private boolean shifted;
    private final transient Look.Echo echo;

    /**
     * @param name        component name prefix: {@code name.key.ㄱ}, {@code name.shift}, {@code name.space}, {@code name.erase}, {@code name.text}
     * @param limit       the most characters
     * @param placeholder what the text line says while empty
     * @param changed     gets the whole text after every key
     */
    public KoreanKeyboard(Look look, String name, int limit, String placeholder, Consumer<String> changed) {
        super(new MigLayout("fillx, wrap 20, insets 0, gap " + look.scale().mm(3), "[grow, fill, sg k]".repeat(20)));
        this.composer = new HangulComposer(limit);
        this.changed = changed;
        this.placeholder = placeholder;
        this.echo = look.echo();
        setOpaque(false);
        setName(name);
        shown = new WrappingText(name + ".text", "heading");
        shown.putClientProperty(FlatClientProperties.STYLE, "border: 8,12,8,12");
        add(shown, "span 20, growx, hmin " + look.button());
        int key = look.button();
        for (int r = 0; r < ROWS.length; r++) {
            // each row is centred under the one above, as on a real keyboard: two columns of this grid make one key
            int indent = r == 0 ? 0 : r == 1 ? 1 : 3;
            if (indent > 0) {
                add(new javax.swing.JLabel(), "span " + indent);
            }
            for (int i = 0; i < ROWS[r].length(); i++) {
                int row = r;
                int col = i;
                TouchButton b = new TouchButton(name + ".key." + ROWS[r].charAt(i), String.valueOf(ROWS[r].charAt(i)), "tile", look.scale());
                // ten keys across a row: zoomed, a letter at twice its size would not fit its key, so 1.5 times it is
                b.putClientProperty(FlatClientProperties.STYLE, (look.zoomed() ? "font: bold 75%" : "font: bold 130%") + "; margin: 2,2,2,2");
                b.addActionListener(e -> typeAt(row, col));
                letterKeys.add(b);
                add(b, "span 2, hmin " + key);
            }
            add(new javax.swing.JLabel(), "wrap");
        }
        shift = new TouchButton(name + ".shift", look.words().get("kiosk.keyboard.shift"), "nav", look.scale());
        shift.addActionListener(e -> setShifted(!shifted));
        TouchButton space = new TouchButton(name + ".space", look.words().get("kiosk.keyboard.space"), "nav", look.scale());
        space.addActionListener(e -> typed(' '));
        TouchButton erase = new TouchButton(name + ".erase", look.words().get("kiosk.pad.erase"), "nav", look.scale());
        erase.addActionListener(e -> {
            composer.erase();
            update();
            echoLast();
        });
        if (look.zoomed()) {
            for (TouchButton b : List.of(shift, space, erase)) {
                b.putClientProperty(FlatClientProperties.STYLE, "font: 75%; margin: 2,2,2,2");
            }
        }
        add(shift, "span 5, hmin " + key);
        add(space, "span 10, hmin " + key);
        add(erase, "span 5, hmin " + key);
        bindKeys();
        update();
    }

    private void typeAt(int row, int col) {
        typed((shifted ? SHIFTED : ROWS)[row].charAt(col));
        if (shifted) {
            setShifted(false);
        }
    }

    private void typed(char c) {
        composer.type(c);
        update();
        echoLast();
    }

    /** Says the syllable being composed (ㅎ, 하, 한), or the placeholder once everything is erased. */
    private void echoLast() {
        String text = composer.text();
        echo.typed(text.isEmpty() ? placeholder : text.substring(text.length() - 1), text.length());
    }

    private void setShifted(boolean on) {
        shifted = on;
        int k = 0;
        for (int r = 0; r < ROWS.length; r++) {
            for (int i = 0; i < ROWS[r].length(); i++) {
                String label = String.valueOf((on ? SHIFTED : ROWS)[r].charAt(i));
                TouchButton b = letterKeys.get(k++);
                b.setText(label);
                b.getAccessibleContext().setAccessibleName(label);
            }
        }
        shift.setStyleClass(on ? "primaryTile" : "nav");
    }

    /** Letters, Shift+letters, space and Backspace of a keyboard type too while the keyboard is showing. */
    private void bindKeys() {
        for (int r = 0; r < QWERTY.length; r++) {
            for (int i = 0; i < QWERTY[r].length(); i++) {
                int code = KeyEvent.getExtendedKeyCodeForChar(QWERTY[r].charAt(i));
                char plain = ROWS[r].charAt(i);
                char upper = SHIFTED[r].charAt(i);
                bind(KeyStroke.getKeyStroke(code, 0), "jamo" + plain, () -> typed(plain));
                bind(KeyStroke.getKeyStroke(code, KeyEvent.SHIFT_DOWN_MASK), "jamoShift" + upper + r + i, () -> typed(upper));
            }
        }
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "space", () -> typed(' '));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "erase", () -> {
            composer.erase();
            update();
            echoLast();
        });
    }

    private void bind(KeyStroke key, String actionName, Runnable action) {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, actionName);
        getActionMap().put(actionName, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Starts with {@code text} already typed (coming back to the screen). */
    public void setText(String text) {
        composer.reset(text);
        update();
    }

    /** What was typed, the syllable being composed included. */
    public String text() {
        return composer.text();
    }

    private void update() {
        String text = composer.text();
        shown.say(text.isEmpty() ? placeholder : text);
        shown.getAccessibleContext().setAccessibleName(text.isEmpty() ? placeholder : text);
        changed.accept(text);
    }
}
