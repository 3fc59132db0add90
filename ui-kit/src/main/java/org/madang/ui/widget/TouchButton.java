package org.madang.ui.widget;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JButton;
import org.madang.ui.ScreenScale;

/**
 * A kiosk button: a style class from the theme, a stable component name for tests, and a
 * minimum size that keeps every side of the touch target at least 12 mm.
 */
public final class TouchButton extends JButton {
    private static final long serialVersionUID = 1L;
    /** Smallest side of a touch target (ACCESSIBILITY.md #1). */
    public static final double MIN_TARGET_MM = 12;

    /** Whether the screen is zoomed: then a plain text wraps over lines rather than running out of the button. */
    private final boolean wraps;
    /** Whether the HTML text is being measured at another width (its view's changes then ask nothing of the layout). */
    private transient boolean measuring;
    /** The view the HTML text is measured on, for {@link #measuredText} in {@link #measuredFont}. */
    private transient javax.swing.text.View measure;
    private transient String measuredText;
    private transient java.awt.Font measuredFont;
    private transient int measuredWidth = -1;
    private transient int measuredHeight;

    public TouchButton(String name, String text, String styleClass, ScreenScale scale) {
        this.wraps = scale.zoom() > 1.0;
        HangulWords.keepIn(this);
        // the style first, then the text: an HTML text is laid out once, in the style's font
        setStyleClass(styleClass);
        setText(text);
        setName(name);
        getAccessibleContext().setAccessibleName(text.replaceAll("<[^>]*>", " ").strip());
        int min = scale.mm(MIN_TARGET_MM);
        setMinimumSize(new Dimension(min, min));
    }

    /**
     * A button of several lines, the first bold (a day and how many times are free; a facility,
     * what it is and what it costs), without an HTML text.
     */
    public static TouchButton ofLines(String name, List<String> lines, boolean centred, String styleClass, ScreenScale scale) {
        TouchButton b = new TouchButton(name, "", styleClass, scale);
        b.setLines(lines, centred, scale);
        return b;
    }

    /**
     * Puts new lines on a button of lines (a kept calendar showing another month), naming it for
     * assistive technology by its lines.
     */
    public void setLines(List<String> lines, boolean centred, ScreenScale scale) {
        setLines(lines, centred, scale, null);
    }

    /**
     * Lines with a pictogram (see {@link Pictograms}): above them when centred, at their left otherwise.
     *
     * @param picture the pictogram, or {@code null} for none
     */
    public void setLines(List<String> lines, boolean centred, ScreenScale scale, Icon picture) {
        TextLines icon = new TextLines(this, lines, centred, centred ? 0 : scale.mm(3), picture, wraps);
        // zoomed, the lines wrap to the width the layout gives: MigLayout then asks the height for that width
        putClientProperty("migLayout.dynamicAspectRatio", wraps ? Boolean.TRUE : null);
        setIcon(icon);
        setDisabledIcon(icon);
        getAccessibleContext().setAccessibleName(icon.text());
        setHorizontalAlignment(centred ? CENTER : LEADING);
    }

    /** Changes the theme's style class (a kept day button that became full); the theme restyles only on a change. */
    public void setStyleClass(String styleClass) {
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }

    @Override
    public void setText(String text) {
        boolean html = text != null && text.startsWith("<html>");
        if (wraps && text != null && !text.isEmpty() && !html) {
            text = "<html><center>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</center></html>";
            html = true;
        }
        super.setText(text);
        // MigLayout asks an HTML button (and, zoomed, a button of lines) its height for the width it gives it
        putClientProperty("migLayout.dynamicAspectRatio", html || wraps && getIcon() instanceof TextLines ? Boolean.TRUE : null);
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        Dimension min = getMinimumSize();
        Dimension wrapped = htmlAtWidth(d);
        return new Dimension(Math.max(wrapped.width, min.width), Math.max(wrapped.height, min.height));
    }

    /**
     * An HTML text wraps to the button's width when drawn, but Swing sizes it as one long line:
     * once the button is narrower than that, its height is the wrapped text's (and a picture above or below).
     */
    private Dimension htmlAtWidth(Dimension natural) {
        if (getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey) == null || getWidth() <= 0 || getWidth() >= natural.width) {
            return natural;
        }
        java.awt.Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        Icon icon = getIcon();
        boolean stacked = getVerticalTextPosition() != CENTER;
        if (icon != null && !stacked) {
            width -= icon.getIconWidth() + getIconTextGap();
        }
        if (width <= 0) {
            return natural;
        }
        int height = wrappedHeight(width);
        if (icon != null) {
            height = stacked ? height + icon.getIconHeight() + getIconTextGap() : Math.max(height, icon.getIconHeight());
        }
        return new Dimension(getWidth(), Math.max(natural.height, height + in.top + in.bottom));
    }

    /**
     * The text's height wrapped to {@code width}, measured on a view of its own: the button's own
     * view reports the width it was last laid out to as its preferred width, so narrowing it to
     * measure would leave the text drawn in that narrow column (one syllable a line) ever after.
     */
    private int wrappedHeight(int width) {
        String text = getText();
        java.awt.Font font = getFont();
        if (measure == null || !text.equals(measuredText) || !font.equals(measuredFont)) {
            measuring = true;
            try {
                measure = javax.swing.plaf.basic.BasicHTML.createHTMLView(this, text);
                HangulWords.keep(measure);
            } finally {
                measuring = false;
            }
            measuredText = text;
            measuredFont = font;
            measuredWidth = -1;
        }
        if (width != measuredWidth) {
            // its size changing asks this button to revalidate, which while measuring would bring the layout back here
            measuring = true;
            try {
                measure.setSize(width, 0);
                measuredHeight = (int) Math.ceil(measure.getPreferredSpan(javax.swing.text.View.Y_AXIS));
            } finally {
                measuring = false;
            }
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void revalidate() {
        if (!measuring) {
            super.revalidate();
        }
    }

    @Override
    public void repaint(long tm, int x, int y, int width, int height) {
        if (!measuring) {
            super.repaint(tm, x, y, width, height);
        }
    }
}
