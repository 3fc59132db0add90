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

    public TouchButton(String name, String text, String styleClass, ScreenScale scale) {
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
        TextLines icon = new TextLines(this, lines, centred, centred ? 0 : scale.mm(3), picture);
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
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        Dimension min = getMinimumSize();
        return new Dimension(Math.max(d.width, min.width), Math.max(d.height, min.height));
    }
}
