package org.madang.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Look and behaviour of the windows.
 *
 * @param fontFile a TrueType/OpenType font with Hangul to use instead of searching the system; empty for none
 * @param fullscreen whether the kiosk takes the whole screen without decorations
 * @param offerPractice whether the kiosk's home screen offers "연습하기" (practice mode on a sandbox, never this site's data)
 */
public record UiConfig(String fontFile, boolean fullscreen, boolean offerPractice) {
    public Optional<Path> font() {
        return fontFile.isBlank() ? Optional.empty() : Optional.of(Path.of(fontFile));
    }
}
