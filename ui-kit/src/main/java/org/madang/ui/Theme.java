package org.madang.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIDefaults;
import javax.swing.UIManager;

/**
 * The FlatLaf look of Madang, installed for the whole process. Colours and style classes live in
 * {@code org/madang/ui/themes/*.properties}; only the font, which depends on the screen and the
 * installed fonts, and the keys of the touch look are set here. The installed theme switches
 * between the ordinary and the high-contrast colours.
 */
public final class Theme {
    private Font font;
    private final boolean touch;

    private Theme(Font font, boolean touch) {
        this.font = font;
        this.touch = touch;
    }

    /** The touch look of the kiosk: the body font sized for the screen's minimum glyph height, ordinary colours. */
    public static Theme installTouch(String fontFamily, ScreenScale scale) {
        Theme theme = new Theme(new Font(fontFamily, Font.PLAIN, scale.bodyFontPx()), true);
        theme.install(false);
        return theme;
    }

    /** The desk look of the counter: a normal desktop font size. */
    public static Theme installDesk(String fontFamily) {
        Theme theme = new Theme(new Font(fontFamily, Font.PLAIN, 15), false);
        theme.install(false);
        return theme;
    }

    /**
     * Switches between the ordinary and the high-contrast colours, keeping the font, and repaints
     * every open window with the new colours (components keep their state). Call on the EDT.
     */
    public void setHighContrast(boolean on) {
        if (on != isHighContrast()) {
            install(on);
        }
    }

    /** The family every component is drawn in unless it says otherwise. */
    public String family() {
        return font.getName();
    }

    /**
     * Draws everything in another family at {@code px} pixels (a session in a language the site's
     * font cannot show), keeping the colours. Components made afterwards take it; call on the EDT.
     */
    public void useFont(String family, int px) {
        if (!family.equals(font.getName()) || px != font.getSize()) {
            font = new Font(family, Font.PLAIN, px);
            install(isHighContrast());
        }
    }

    /** Whether the high-contrast colours are on. */
    public static boolean isHighContrast() {
        return UIManager.getLookAndFeel() instanceof HighContrastLaf;
    }

    private void install(boolean contrast) {
        // FlatLaf would scale every inset and border by the font size (x3.5 at kiosk sizes);
        // Madang sizes touch targets in millimetres itself, so pixels stay pixels
        System.setProperty("flatlaf.uiScale", "1");
        FlatLaf.registerCustomDefaultsSource("org.madang.ui.themes");
        FlatLaf.setup(contrast ? new HighContrastLaf() : new FlatLightLaf());
        UIManager.put("defaultFont", font);
        if (touch) {
            // a keypad's OK key is Enter: it presses the focused button, as Space does (ACCESSIBILITY.md #7)
            UIManager.put("Button.focusInputMap", new UIDefaults.LazyInputMap(new Object[] {
                "SPACE", "pressed", "released SPACE", "released", "ENTER", "pressed", "released ENTER", "released"}));
        } else {
            UIManager.put("Button.focusInputMap", null);
        }
        // rows align to the top, not to text baselines: HTML buttons and labels that wrap have no
        // useful baseline, and asking for one while a layout is still unsized throws
        net.miginfocom.layout.PlatformDefaults.setDefaultRowAlignmentBaseline(false);
        // components keep their whole bounds (focus ring included) inside their cell, so the
        // rightmost column never pokes past the screen or a scroll pane's edge
        net.miginfocom.swing.SwingComponentWrapper.setVisualPaddingEnabled(false);
        FlatLaf.updateUI();
    }
}
