package org.madang.config;

import java.util.List;

/**
 * One configured value before it is typed: the raw text (or list of texts) and where it came
 * from, so a validation message can point at the file line, variable or option.
 *
 * @param key    dotted key, e.g. {@code devices.receiptPrinter}
 * @param values one element for a scalar, several for a list
 * @param origin where it was set, e.g. {@code site.yaml:14}, {@code env MADANG_SITE_NAME}, {@code --set}
 */
public record Setting(String key, List<String> values, String origin) {
    public Setting {
        values = List.copyOf(values);
    }

    public static Setting of(String key, String value, String origin) {
        return new Setting(key, List.of(value), origin);
    }

    /** The scalar text; a list is joined with commas. */
    public String text() {
        return String.join(",", values);
    }
}
