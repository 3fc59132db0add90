package org.madang.config;

import java.util.List;

/**
 * One configured value before it is typed: the raw text (or list of texts) and where it came
 * from, so a validation message can point at the file line, variable or option.
 *
 * @param key    dotted key, e.g. {@code devices.receiptPrinter}
 * @param values one element for a scalar, several for a list
 * @param origin where it was set, e.g. {@code site.yaml:14}, {@code env MADANG_SITE_NAME}, {@code --set}
 * @param list   written as a list ({@code [a, b]} or {@code - a} lines), where only some keys take one
 */
public record Setting(String key, List<String> values, String origin, boolean list) {
    public Setting {
        values = List.copyOf(values);
    }

    public static Setting of(String key, String value, String origin) {
        return new Setting(key, List.of(value), origin, false);
    }

    /** A value written as a list. */
    public static Setting list(String key, List<String> values, String origin) {
        return new Setting(key, values, origin, true);
    }

    /** The scalar text; a list is joined with commas. */
    public String text() {
        return String.join(",", values);
    }
}
