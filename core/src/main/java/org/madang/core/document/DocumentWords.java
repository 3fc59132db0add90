package org.madang.core.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The words documents are written in ({@code words.properties} beside this class): Korean, as
 * official documents are, kept apart from the screens' bundles so whoever edits the templates
 * finds them in one file.
 */
public final class DocumentWords {
    private final Properties words = new Properties();

    public DocumentWords() {
        try (InputStream in = DocumentWords.class.getResourceAsStream("words.properties")) {
            if (in == null) {
                throw new IllegalStateException("words.properties is missing from the build");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words for {@code key}, with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no document words for '" + key + "' in words.properties");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.KOREAN).format(args);
    }

    /** Whether the file has words for {@code key}. */
    public boolean has(String key) {
        return words.containsKey(key);
    }
}
