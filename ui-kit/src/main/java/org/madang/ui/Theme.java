package org.madang.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIManager;

/**
 * Installs the FlatLaf look of Madang. Colours and style classes live in
 * {@code org/madang/ui/themes/FlatLightLaf.properties}; only the font, which depends on the
 * screen and the installed fonts, is set here.
 */
public final class Theme {
    private Theme() {
    }

    /** The touch look of the kiosk: the body font sized for the screen's minimum glyph height. */
    public static void installTouch(String fontFamily, ScreenScale scale) {
        install(new Font(fontFamily, Font.PLAIN, scale.bodyFontPx()));
    }

    /** The desk look of the counter: a normal desktop font size. */
    public static void installDesk(String fontFamily) {
        install(new Font(fontFamily, Font.PLAIN, 15));
    }

    private static void install(Font font) {
        // FlatLaf would scale every inset and border by the font size (x3.5 at kiosk sizes);
        // Madang sizes touch targets in millimetres itself, so pixels stay pixels
        System.setProperty("flatlaf.uiScale", "1");
        FlatLaf.registerCustomDefaultsSource("org.madang.ui.themes");
        FlatLightLaf.setup();
        UIManager.put("defaultFont", font);
        // rows align to the top, not to text baselines: HTML buttons and labels that wrap have no
        // useful baseline, and asking for one while a layout is still unsized throws
        net.miginfocom.layout.PlatformDefaults.setDefaultRowAlignmentBaseline(false);
        // components keep their whole bounds (focus ring included) inside their cell, so the
        // rightmost column never pokes past the screen or a scroll pane's edge
        net.miginfocom.swing.SwingComponentWrapper.setVisualPaddingEnabled(false);
        FlatLaf.updateUI();
    }
}
