package org.madang.core.facility;

/** A catalogue text in Korean and English, picked by the session's language. */
public record Localized(String ko, String en) {
    /** The text for a language code; Korean for any language without its own text. */
    public String in(String language) {
        return "en".equals(language) ? en : ko;
    }
}
