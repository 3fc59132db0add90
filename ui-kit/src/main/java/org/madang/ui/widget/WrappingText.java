package org.madang.ui.widget;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import javax.swing.JTextArea;

/**
 * Read-only text that wraps at whatever width the layout gives it, looking like a label.
 * (HTML labels wrap only at a fixed CSS width, which Swing scales away from device pixels.)
 */
public final class WrappingText extends JTextArea {
    private static final long serialVersionUID = 1L;

    public WrappingText(String name, String styleClass) {
        setName(name);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setBorder(null);
        setHighlighter(null);
        if (styleClass != null) {
            putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        }
    }

    @Override
    public void updateUI() {
        javax.swing.plaf.ComponentUI ui = javax.swing.UIManager.getUI(this);
        setUI(ui instanceof com.formdev.flatlaf.ui.FlatTextAreaUI ? new KoreanWordsUI() : (javax.swing.plaf.TextUI) ui);
        setOpaque(false);
    }

    /** The look and feel's text area, its lines broken between Korean words (see {@link KoreanLines}). */
    private static final class KoreanWordsUI extends com.formdev.flatlaf.ui.FlatTextAreaUI {
        @Override
        public javax.swing.text.View create(javax.swing.text.Element elem) {
            javax.swing.text.View made = super.create(elem);
            return made instanceof javax.swing.text.WrappedPlainView ? new KoreanLines(elem) : made;
        }
    }

    /**
     * Lines wrapped at words. Swing's text area, finding a Korean letter where the line is full,
     * breaks it where the Unicode line-break rules allow — between any two syllables ("됩니" over
     * "다."); a break inside a Korean word moves back to the space before the word, when the line
     * has one.
     */
    private static final class KoreanLines extends javax.swing.text.WrappedPlainView {
        KoreanLines(javax.swing.text.Element elem) {
            super(elem, true);
        }

        @Override
        protected int calculateBreakPosition(int p0, int p1) {
            int at = super.calculateBreakPosition(p0, p1);
            if (at <= p0 || at >= p1) {
                return at;
            }
            try {
                String line = getDocument().getText(p0, at - p0 + 1);
                int end = line.length() - 1;
                if (!HangulWords.insideWord(line.charAt(end - 1), line.charAt(end))) {
                    return at;
                }
                for (int i = end - 1; i > 0; i--) {
                    if (Character.isWhitespace(line.charAt(i))) {
                        return p0 + i + 1;
                    }
                }
                return at; // one word longer than the line: broken where it must be
            } catch (javax.swing.text.BadLocationException e) {
                return at;
            }
        }
    }

    /** Shows the text and names it for assistive technology. */
    public void say(String text) {
        setText(text);
        getAccessibleContext().setAccessibleName(text);
    }

    @Override
    public Dimension getMinimumSize() {
        // may shrink to any width: the height follows from the wrapping
        return new Dimension(0, super.getMinimumSize().height);
    }
}
