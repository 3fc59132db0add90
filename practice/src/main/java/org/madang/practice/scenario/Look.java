package org.madang.practice.scenario;

import org.madang.core.facility.Localized;

/**
 * A pack's own look, so each practice machine feels like a different kiosk: its name and logo
 * on the header, and its colours (as 0xRRGGBB) — page, cards, the header and main buttons
 * ({@code accent}) with their words ({@code onAccent}), and the text.
 */
public record Look(Localized name, String logo, int background, int panel, int accent, int onAccent, int text) {

    /** The WCAG contrast ratio of two colours (1 to 21). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
