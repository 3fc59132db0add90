package org.madang.ui.widget;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
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
        super(text);
        setName(name);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        getAccessibleContext().setAccessibleName(text.replaceAll("<[^>]*>", " ").strip());
        int min = scale.mm(MIN_TARGET_MM);
        setMinimumSize(new Dimension(min, min));
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        Dimension min = getMinimumSize();
        return new Dimension(Math.max(d.width, min.width), Math.max(d.height, min.height));
    }
}
