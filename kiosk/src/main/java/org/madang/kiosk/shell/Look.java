package org.madang.kiosk.shell;

import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;

/**
 * What every kiosk panel needs to draw itself: the session's words, the screen's scale and shape,
 * where what is typed is echoed aloud (the voice guide, when it is on), and whether the controls
 * keep to the part of the screen a seated resident reaches (low-position mode), and the centre the
 * kiosk stands in (in a county, what belongs to another centre says so).
 */
public record Look(Messages words, ScreenScale scale, boolean landscape, Echo echo, boolean low, String centre) {

    /** Hears what a resident typed, as the screen shows it ({@code shown}), and how many characters. */
    @FunctionalInterface
    public interface Echo {
        void typed(String shown, int count);
    }

    /** A look whose typing is not echoed (a screen drawn for a picture or a test). */
    public Look(Messages words, ScreenScale scale, boolean landscape) {
        this(words, scale, landscape, (shown, count) -> { }, false, org.madang.config.SiteIdentity.OWN);
    }

    /** Whether the screen scrolls under fixed bars: zoomed, or in low-position mode (less of it is in reach). */
    public boolean scrolls() {
        return zoomed() || low();
    }

    /** Tiles per row: more across a landscape screen, fewer when zoomed (each tile is twice as wide). */
    public int columns() {
        if (zoomed()) {
            return landscape ? 2 : 1;
        }
        return landscape ? 3 : 2;
    }

    /** Whether the resident zoomed the screen (ACCESSIBILITY.md #5): layouts put fewer things side by side. */
    public boolean zoomed() {
        return scale.zoom() > 1.0;
    }

    /** Height of an ordinary button: well above the 12 mm minimum, for unsteady hands. */
    public int button() {
        return scale.mm(30);
    }

    /** Height of the one button a screen is about ("Book now", "Finish"). */
    public int bigButton() {
        return scale.mm(42);
    }

    /** Height of a choice tile (a service, a category). */
    public int tile() {
        return scale.mm(60);
    }

    /** Gap between touch targets, well above the 2.5 mm minimum. */
    public int gap() {
        return scale.mm(5);
    }
}
