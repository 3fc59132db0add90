package org.madang.core.receipt;

import java.util.List;
import java.util.Locale;
import org.madang.core.facility.Localized;

/**
 * The words of a receipt the resident takes away: Korean always (it is a Korean public office's
 * paper, read by its staff), and the reader's own language beside it when they read another —
 * labels as "날짜 Day", headings and rules as two paragraphs, values (dates, sums, states) in the
 * reader's words. One language throughout for a Korean reader and for the counter's own papers.
 */
public final class ReceiptWords {
    private final Labels korean;
    private final Labels reader;

    private ReceiptWords(Labels korean, Labels reader) {
        this.korean = korean;
        this.reader = reader;
    }

    /** One language throughout. */
    public static ReceiptWords in(Labels only) {
        return new ReceiptWords(only, only);
    }

    /** Korean, with the reader's words beside it (one language for a Korean reader). */
    public static ReceiptWords koreanWith(Labels korean, Labels reader) {
        if (!"ko".equals(korean.language())) {
            throw new IllegalArgumentException("the first language of a receipt is Korean, not " + korean.language());
        }
        return new ReceiptWords(korean, reader);
    }

    /** Whether the receipt is in two languages. */
    public boolean twoLanguages() {
        return !korean.language().equals(reader.language());
    }

    /** The language the resident reads. */
    public String language() {
        return reader.language();
    }

    /** For dates and numbers: the reader's conventions. */
    public Locale locale() {
        return reader.locale();
    }

    /** A row's label, short: Korean and the reader's side by side. */
    public String label(String key, Object... args) {
        return twoLanguages() ? korean.get(key, args) + " " + reader.get(key, args) : reader.get(key, args);
    }

    /** A heading or a paragraph: Korean, then the reader's. */
    public List<String> lines(String key, Object... args) {
        return twoLanguages() ? List.of(korean.get(key, args), reader.get(key, args)) : List.of(reader.get(key, args));
    }

    /** A value (a state, a count, a sum, a date pattern): in the reader's words. */
    public String value(String key, Object... args) {
        return reader.get(key, args);
    }

    /** A catalogue name: the Korean one, and the reader's when it differs. */
    public String name(Localized name) {
        String ko = name.in("ko");
        String theirs = name.in(reader.language());
        return !twoLanguages() || ko.equals(theirs) ? theirs : ko + " · " + theirs;
    }
}
