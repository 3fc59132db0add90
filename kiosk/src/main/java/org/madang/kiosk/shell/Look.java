package org.madang.kiosk.shell;

import org.madang.ui.Messages;
import org.madang.ui.ScreenScale;

/** What every kiosk panel needs to draw itself: the session's words, the screen's scale and shape. */
public record Look(Messages words, ScreenScale scale, boolean landscape) {

    /** Tiles per row: more across a landscape screen. */
    public int columns() {
        return landscape ? 3 : 2;
    }

    /** Width available to a page's text, inside the page margins. */
    public int contentWidth() {
        return scale.geometry().widthPx() - 2 * scale.mm(8) - scale.mm(4);
    }

    /** Button text on several lines, centred: one line per {@code \n}. */
    public static String lines(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>");
        return "<html><center>" + escaped + "</center></html>";
    }

    /** Gap between touch targets, well above the 2.5 mm minimum. */
    public int gap() {
        return scale.mm(5);
    }
}
