package org.madang.core.receipt;

import java.util.Locale;

/**
 * Words for what core composes (receipts), supplied by the UI's message bundles so core holds
 * no user-visible text. Keys are shared with the bundles.
 */
public interface Labels {

    /** The message for {@code key}, formatted with {@code args} ({@link java.text.MessageFormat}). */
    String get(String key, Object... args);

    /** The locale for dates and numbers. */
    Locale locale();

    /** The language code of the session ({@code ko}, {@code en}). */
    default String language() {
        return locale().getLanguage();
    }
}
