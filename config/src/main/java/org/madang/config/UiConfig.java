package org.madang.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Look and behaviour of the windows.
 *
 * @param fontFile a TrueType/OpenType font with Hangul to use instead of searching the system; empty for none
 * @param fullscreen whether the kiosk takes the whole screen without decorations
 */
public record UiConfig(String fontFile, boolean fullscreen) {
    public Optional<Path> font() {
        return fontFile.isBlank() ? Optional.empty() : Optional.of(Path.of(fontFile));
    }
}
