package org.madang.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.madang.core.facility.Localized;
import org.madang.core.receipt.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of one session in one language. Each kiosk session gets its own; the JVM's
 * default locale is never changed and never consulted.
 */
public final class Messages implements Labels {
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    /**
     * Base name of the UTF-8 bundles: {@code messages.properties} (English), {@code messages_ko},
     * and for residents' screens {@code messages_zh} (简体中文) and {@code messages_vi} (Tiếng Việt).
     */
    public static final String BUNDLE = "org.madang.ui.messages";
    /** Every language a kiosk session can be in, in the order the language buttons show them. */
    public static final java.util.List<String> KIOSK_LANGUAGES = java.util.List.of("ko", "en", "zh", "vi");
    /**
     * Key prefixes of the staff's words (the counter window, cases, accounts, rosters): kept in
     * Korean and English only, since the counter runs in those two; every other key is a
     * resident's and is translated into every kiosk language.
     */
    public static final java.util.List<String> STAFF_ONLY = java.util.List.of("counter.", "case.", "clerk.", "instructor.", "resident.");

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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(plain(args));
    }

    /** The message of a refusal (or any key with typed values), in this language. */
    public String say(org.madang.core.Refusal refusal) {
        return get(refusal.messageKey(), refusal.args().toArray());
    }

    /**
     * Writes typed values the way this language does before {@link MessageFormat} sees them:
     * dates and times with the bundle's patterns, catalogue texts in this language.
     */
    private Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            Object a = out[i];
            if (a instanceof LocalDateTime t) {
                out[i] = t.format(DateTimeFormatter.ofPattern(get("format.dateTime"), locale));
            } else if (a instanceof LocalDate d) {
                out[i] = d.format(DateTimeFormatter.ofPattern(get("format.date"), locale));
            } else if (a instanceof LocalTime t) {
                out[i] = t.format(DateTimeFormatter.ofPattern("HH:mm", locale));
            } else if (a instanceof Localized l) {
                out[i] = l.in(language());
            }
        }
        return out;
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
