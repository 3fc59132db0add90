package org.madang.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Look and behaviour of the windows.
 *
 * @param fontFile a TrueType/OpenType font with Hangul to use instead of searching the system; empty for none
 * @param fullscreen whether the kiosk takes the whole screen without decorations
 * @param offerPractice whether the kiosk's home screen offers "연습하기" (practice mode on a sandbox, never this site's data)
 * @param sounds whether the kiosk sounds a short tone on every accepted press and another on a refusal
 * @param earphoneKey the key an earphone jack sends when a plug goes in (e.g. {@code F9}): it turns voice
 *     guidance on; empty for a kiosk without one
 * @param lowPosition whether every visit starts in low-position mode (a kiosk set up for wheelchair users)
 */
public record UiConfig(String fontFile, boolean fullscreen, boolean offerPractice, boolean sounds, String earphoneKey,
                       boolean lowPosition) {
    public Optional<Path> font() {
        return fontFile.isBlank() ? Optional.empty() : Optional.of(Path.of(fontFile));
    }
}
