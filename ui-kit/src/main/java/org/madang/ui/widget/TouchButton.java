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

    public TouchButton(String name, String text, String styleClass, ScreenScale scale) {
        this.wraps = scale.zoom() > 1.0;
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
        javax.swing.text.View view = (javax.swing.text.View) getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey);
        if (view == null || getWidth() <= 0 || getWidth() >= natural.width) {
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
        // the text's own view, wrapped to the width it is drawn at (and left so: drawing then changes nothing);
        // its size changing asks this button to revalidate, which while measuring would bring the layout back here
        measuring = true;
        try {
            view.setSize(width, 0);
            int height = (int) Math.ceil(view.getPreferredSpan(javax.swing.text.View.Y_AXIS));
            if (icon != null) {
                height = stacked ? height + icon.getIconHeight() + getIconTextGap() : Math.max(height, icon.getIconHeight());
            }
            return new Dimension(getWidth(), Math.max(natural.height, height + in.top + in.bottom));
        } finally {
            measuring = false;
        }
    }

    @Override
    public void revalidate() {
        if (!measuring) {
            super.revalidate();
        }
    }
}
