package org.madang.kiosk.shell;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.madang.ui.widget.TouchButton;

/**
 * A telephone-style pad of big digit buttons (1 2 3 at the top, as on an ATM), an erase key
 * and an OK key, with what was typed shown above it — as dots for a PIN. The digit keys of a
 * keyboard or keypad type too while the pad shows.
 */
public final class DigitPad extends JPanel {
    private static final long serialVersionUID = 1L;

    private final int maxDigits;
    private final transient UnaryOperator<String> shown;
    private final transient Consumer<String> done;
    private final JLabel display = new JLabel(" ", SwingConstants.CENTER);
    private final TouchButton ok;
    private final String emptyText;
    private final String tooShortText;
    private final StringBuilder typed = new StringBuilder();
    private final transient Look.Echo echo;
    private final boolean zoomed;

    /**
     * @param name      component name prefix: {@code name.digit.N}, {@code name.erase}, {@code name.ok}, {@code name.display}
     * @param shown     how the typed digits are written above the pad (dots for a PIN, groups for a number)
     * @param emptyText what the display says before anything is typed
     * @param tooShortText what it says when OK is pressed with fewer than {@code minDigits}
     * @param done      gets the digits when OK is pressed with at least {@code minDigits}
     */
    public DigitPad(Look look, String name, int minDigits, int maxDigits, UnaryOperator<String> shown, String emptyText,
                    String tooShortText, String okText, Consumer<String> done) {
        super(new MigLayout("fillx, wrap 3, insets 0, gap " + look.gap(), "[grow, fill, sg d][grow, fill, sg d][grow, fill, sg d]"));
        this.maxDigits = maxDigits;
        this.shown = shown;
        this.emptyText = emptyText;
        this.tooShortText = tooShortText;
        this.done = done;
        this.echo = look.echo();
        this.zoomed = look.zoomed();
        setOpaque(false);
        setName(name);
        display.setName(name + ".display");
        org.madang.ui.widget.HangulWords.keepIn(display);
        display.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "digits");
        // big keys on a tall screen; on a wide one they must leave room for the page's words above
        int key = look.landscape() ? look.button() : look.bigButton();
        add(display, "span 3, wmin 0, hmin " + look.button());
        for (int d = 1; d <= 9; d++) {
            add(digit(look, name, d), "hmin " + key + ", sgy key");
        }
        TouchButton erase = new TouchButton(name + ".erase", look.words().get("kiosk.pad.erase"), "nav", look.scale());
        erase.addActionListener(e -> erase());
        add(erase, "hmin " + key + ", sgy key");
        add(digit(look, name, 0), "hmin " + key + ", sgy key");
        ok = new TouchButton(name + ".ok", okText, "primary", look.scale());
        // OK is never greyed out: pressed too soon, it says what is missing
        ok.addActionListener(e -> {
            if (typed.length() >= minDigits) {
                done.accept(typed.toString());
            } else {
                display.setText(zoomed ? "<html><center>" + tooShortText + "</center></html>" : tooShortText);
                display.getAccessibleContext().setAccessibleName(tooShortText);
            }
        });
        add(ok, "hmin " + key + ", sgy key");
        for (int d = 0; d <= 9; d++) {
            int digit = d;
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_0 + d, 0), "digit" + d, () -> type(digit));
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + d, 0), "numpad" + d, () -> type(digit));
        }
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "erase", this::erase);
        update();
    }

    private TouchButton digit(Look look, String name, int d) {
        TouchButton b = new TouchButton(name + ".digit." + d, Integer.toString(d), "tile", look.scale());
        b.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, "font: bold 150%");
        b.addActionListener(e -> type(d));
        return b;
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

    private void type(int digit) {
        if (typed.length() < maxDigits) {
            typed.append(digit);
            update();
            echo.typed(display.getAccessibleContext().getAccessibleName(), typed.length());
        }
    }

    private void erase() {
        if (typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            update();
            echo.typed(display.getAccessibleContext().getAccessibleName(), typed.length());
        }
    }

    /** Forgets what was typed (a wrong PIN: type it again). */
    public void clear() {
        typed.setLength(0);
        update();
    }

    private void update() {
        String text = typed.length() == 0 ? emptyText : shown.apply(typed.toString());
        // zoomed, sixteen digits at the display's size do not fit one line: they wrap
        display.setText(zoomed ? "<html><center>" + text + "</center></html>" : text);
        display.getAccessibleContext().setAccessibleName(text);
    }

    /** Dots for a PIN: what was typed is never shown, only how many digits. */
    public static String dots(String typed) {
        return "●".repeat(typed.length());
    }
}
