package org.madang.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which installed font family to use, asked the cheap way first: a font made by its family name
 * is that family when the family is installed (else Java hands back its logical "Dialog"), so the
 * preferred families are tried one by one; only when none of them is here are all installed
 * families listed — reading the name of every font file, a quarter of a second and more of a start.
 */
final class InstalledFonts {
    private InstalledFonts() {
    }

    /** The first of {@code preferred} installed and {@code fit}; else the first installed family that is fit and not logical. */
    static Optional<String> first(List<String> preferred, Predicate<String> fit) {
        for (String family : preferred) {
            if (installed(family) && fit.test(family)) {
                return Optional.of(family);
            }
        }
        // logical families (Dialog, SansSerif) borrow glyphs from elsewhere; their metrics are not the kiosk's
        return List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).stream()
                .filter(f -> !f.startsWith("Dialog") && !Font.SANS_SERIF.equals(f) && !Font.SERIF.equals(f) && !Font.MONOSPACED.equals(f))
                .filter(fit).findFirst();
    }

    /** Whether a font of {@code family} is installed (by its English or its own-language name). */
    static boolean installed(String family) {
        Font font = new Font(family, Font.PLAIN, 12);
        return family.equalsIgnoreCase(font.getFamily(Locale.ROOT)) || family.equalsIgnoreCase(font.getFamily());
    }
}
