package org.madang.ui.widget;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel inside a vertical scroll pane that takes the viewport's width, so its layout
 * wraps to the screen instead of running off to the right.
 */
public final class ViewportPanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;
    private final int unit;
    private final boolean fillsHeight;

    /** @param unit pixels one scroll step moves */
    public ViewportPanel(LayoutManager layout, int unit) {
        this(layout, unit, false);
    }

    private ViewportPanel(LayoutManager layout, int unit, boolean fillsHeight) {
        super(layout);
        this.unit = unit;
        this.fillsHeight = fillsHeight;
        setOpaque(false);
    }

    /** A panel as tall as the viewport while its content fits, and taller (scrolling) once it does not. */
    public static ViewportPanel fillingHeight(LayoutManager layout, int unit) {
        return new ViewportPanel(layout, unit, true);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return unit;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - unit : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return fillsHeight && getParent() instanceof javax.swing.JViewport port && getPreferredSize().height <= port.getHeight();
    }
}
