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
        super.updateUI();
        setOpaque(false);
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
