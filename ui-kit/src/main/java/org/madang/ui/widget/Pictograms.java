package org.madang.ui.widget;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The kiosk's line pictograms ({@code org/madang/ui/icons/*.svg}, drawn black on a 24-unit
 * grid), painted in their button's own text colour, so the high-contrast colours recolour them
 * too and a picture never says less than the words beside it.
 */
public final class Pictograms {
    private static final String FOLDER = "org/madang/ui/icons/";

    private Pictograms() {
    }

    /**
     * A pictogram {@code sizePx} square, in {@code owner}'s foreground (its disabled text colour
     * when disabled).
     *
     * @throws IllegalArgumentException when there is no such pictogram
     */
    public static Icon of(String name, JComponent owner, int sizePx) {
        FlatSVGIcon icon = new FlatSVGIcon(FOLDER + name + ".svg", sizePx, sizePx, Pictograms.class.getClassLoader());
        if (!icon.hasFound()) {
            throw new IllegalArgumentException("no pictogram '" + name + "' in " + FOLDER);
        }
        icon.setColorFilter(new FlatSVGIcon.ColorFilter(
                drawn -> owner.isEnabled() ? owner.getForeground() : UIManager.getColor("Button.disabledText")));
        return icon;
    }
}
