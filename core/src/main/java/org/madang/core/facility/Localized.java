package org.madang.core.facility;

/**
 * A catalogue text in Korean and English, picked by the session's language. The catalogue is
 * kept in these two; a Chinese or Vietnamese session reads the English one, whose script its
 * residents are far likelier to read than Hangul.
 */
public record Localized(String ko, String en) {
    /** The text for a language code: Korean for Korean, English for every other language. */
    public String in(String language) {
        return "ko".equals(language) ? ko : en;
    }
}
