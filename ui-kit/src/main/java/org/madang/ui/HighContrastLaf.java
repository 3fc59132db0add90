package org.madang.ui;

import com.formdev.flatlaf.FlatDarkLaf;

/**
 * The kiosk's high-contrast look (ACCESSIBILITY.md #4): FlatLaf Dark's components with Madang's
 * high-contrast colours from {@code org/madang/ui/themes/HighContrastLaf.properties}.
 */
public final class HighContrastLaf extends FlatDarkLaf {
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "Madang High Contrast";
    }
}
