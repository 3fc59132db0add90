package org.madang.config;

/**
 * The physical kiosk screen, so millimetre rules (touch targets, glyph heights) convert to pixels.
 *
 * @param widthPx          pixels across in the mounted orientation
 * @param heightPx         pixels down in the mounted orientation
 * @param widthMm          visible width in millimetres
 * @param heightMm         visible height in millimetres
 * @param mountingHeightMm height of the screen's bottom edge above the floor
 * @param minGlyphMm       smallest Hangul glyph height the site allows for body text
 */
public record ScreenGeometry(int widthPx, int heightPx, double widthMm, double heightMm,
                             int mountingHeightMm, double minGlyphMm) {

    /** Pixels per millimetre of this screen. */
    public double pxPerMm() {
        return Math.max(widthPx, heightPx) / Math.max(widthMm, heightMm);
    }

    /** The same physical screen driven at another resolution (e.g. rotated to landscape). */
    public ScreenGeometry resized(int newWidthPx, int newHeightPx) {
        boolean rotate = (newWidthPx > newHeightPx) != (widthPx > heightPx);
        double w = rotate ? heightMm : widthMm;
        double h = rotate ? widthMm : heightMm;
        return new ScreenGeometry(newWidthPx, newHeightPx, w, h, mountingHeightMm, minGlyphMm);
    }
}
