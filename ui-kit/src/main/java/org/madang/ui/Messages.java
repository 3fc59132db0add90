package org.madang.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.madang.core.receipt.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of one session in one language. Each kiosk session gets its own; the JVM's
 * default locale is never changed and never consulted.
 */
public final class Messages implements Labels {
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    /** Base name of the UTF-8 bundles: {@code messages.properties} (English) and {@code messages_ko.properties}. */
    public static final String BUNDLE = "org.madang.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The messages for a language code ({@code ko}, {@code en}). */
    public static Messages forLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(locale, bundle);
    }

    @Override
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.error("message key '{}' is missing for {}", key, locale);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
