package org.madang.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a form an administrator typed, checked one by one: each that will not do is
 * named with a plain refusal (the first one found for a field stands). The catalogue's editors
 * share it, so a too-long name or a fee of 15 won reads the same everywhere.
 */
public final class FieldCheck {
    private final Map<String, Refusal> invalid = new LinkedHashMap<>();

    /** Text of {@code min}–{@code max} characters once trimmed (0: may be left blank). */
    public FieldCheck text(String field, String value, int min, int max) {
        int n = stripped(value).length();
        if (n < min) {
            refuse(field, Refusal.of("counter.facility.required"));
        } else if (n > max) {
            refuse(field, Refusal.of("counter.facility.tooLong", max));
        }
        return this;
    }

    /** A whole number from {@code min} to {@code max}. */
    public FieldCheck range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            refuse(field, Refusal.of("counter.facility.between", min, max));
        }
        return this;
    }

    /** A fee: 0 to 1,000,000 won in tens (what a card terminal and a cash box can take). */
    public FieldCheck fee(String field, int fee) {
        if (fee < 0 || fee > 1_000_000 || fee % 10 != 0) {
            refuse(field, Refusal.of("counter.facility.feeRule"));
        }
        return this;
    }

    /** A code: letters, digits and hyphens, 2–40 of them. */
    public FieldCheck code(String field, String value) {
        if (value == null || !value.strip().matches("[A-Za-z0-9-]{2,40}")) {
            refuse(field, Refusal.of("counter.facility.codeFormat"));
        }
        return this;
    }

    /** Something chosen (not left empty). */
    public FieldCheck chosen(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            refuse(field, Refusal.of("counter.facility.required"));
        }
        return this;
    }

    /** Names a field with a refusal of its own, unless it is named already. */
    public FieldCheck refuse(String field, Refusal refusal) {
        invalid.putIfAbsent(field, refusal);
        return this;
    }

    public boolean has(String field) {
        return invalid.containsKey(field);
    }

    public boolean passed() {
        return invalid.isEmpty();
    }

    /** Each field that will not do, in the order checked. */
    public Map<String, Refusal> refusals() {
        return new LinkedHashMap<>(invalid);
    }

    /** Typed text trimmed, and blank for none. */
    public static String stripped(String s) {
        return s == null ? "" : s.strip();
    }
}
