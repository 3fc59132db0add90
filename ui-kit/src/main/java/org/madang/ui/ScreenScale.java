package org.madang.ui;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.madang.config.ScreenGeometry;

/**
 * Converts the accessibility rules' millimetres into this screen's pixels, and sizes the body
 * font so a Hangul glyph is at least the site's minimum height.
 */
public final class ScreenScale {
    private final ScreenGeometry geometry;
    private final int bodyFontPx;
    private final double zoom;

    public ScreenScale(ScreenGeometry geometry, String fontFamily) {
        this(geometry, fontSizeFor(fontFamily, geometry.minGlyphMm() * geometry.pxPerMm()), 1.0);
    }

    private ScreenScale(ScreenGeometry geometry, int bodyFontPx, double zoom) {
        this.geometry = geometry;
        this.bodyFontPx = bodyFontPx;
        this.zoom = zoom;
    }

    /**
     * The same screen with everything {@code factor} times larger (ACCESSIBILITY.md #5, zoom 200 %):
     * text, touch targets and gaps alike; {@link #toMm} still measures the glass.
     */
    public ScreenScale zoomed(double factor) {
        return new ScreenScale(geometry, (int) Math.round(bodyFontPx / zoom * factor), factor);
    }

    /** How many times larger than the site's figures everything is drawn (1 normally, 2 at 200 %). */
    public double zoom() {
        return zoom;
    }

    /** Pixels for a length in millimetres (times the zoom), rounded up. */
    public int mm(double millimetres) {
        return (int) Math.ceil(millimetres * geometry.pxPerMm() * zoom);
    }

    /** The body font size in pixels. */
    public int bodyFontPx() {
        return bodyFontPx;
    }

    public ScreenGeometry geometry() {
        return geometry;
    }

    /** Lowest and highest a control may be from the floor for someone seated (ACCESSIBILITY.md #6). */
    public static final int REACH_LOW_MM = 400;
    public static final int REACH_HIGH_MM = 1220;

    /**
     * Pixels from the top of the screen down to where a seated resident can reach (the screen's
     * bottom edge is {@code mountingHeightMm} above the floor): 0 when the whole screen is low enough.
     */
    public int reachTopPx() {
        double above = geometry.mountingHeightMm() + geometry.heightMm() - REACH_HIGH_MM;
        return above <= 0 ? 0 : Math.min(geometry.heightPx(), (int) Math.ceil(above * geometry.pxPerMm()));
    }

    /** Pixels from the top of the screen to the lowest point in reach: the screen's height when its bottom edge is high enough. */
    public int reachBottomPx() {
        double below = REACH_LOW_MM - geometry.mountingHeightMm();
        return below <= 0 ? geometry.heightPx() : Math.max(0, geometry.heightPx() - (int) Math.ceil(below * geometry.pxPerMm()));
    }

    /** Whether part of this screen is out of a seated resident's reach, so low-position mode has something to move. */
    public boolean partlyOutOfReach() {
        return reachTopPx() > 0 || reachBottomPx() < geometry.heightPx();
    }

    /** Millimetres of a length in pixels, on the glass (whatever the zoom). */
    public double toMm(int pixels) {
        return pixels / geometry.pxPerMm();
    }

    /** Height of the Hangul glyph "한" at {@code size} px, measured from the glyph outline. */
    public static double hangulGlyphPx(String family, float size) {
        Font font = new Font(family, Font.PLAIN, 1).deriveFont(size);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        // without a Hangul font the kiosk runs in English: size by the capital H instead
        String sample = font.canDisplay('한') ? "한" : "H";
        return font.createGlyphVector(frc, sample).getVisualBounds().getHeight();
    }

    private static int fontSizeFor(String family, double glyphPx) {
        double perPoint = hangulGlyphPx(family, 100f) / 100.0;
        if (perPoint <= 0) {
            perPoint = 0.8;
        }
        return (int) Math.ceil(glyphPx / perPoint);
    }
}
