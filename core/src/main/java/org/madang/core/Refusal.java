package org.madang.core;

import java.util.List;

/**
 * A service's plain "no": a message key (in the UI's bundles) and the values the message
 * names. A refusal is an answer, not an error, so it is a value rather than an exception.
 * Values are kept typed (a {@code LocalDate}, a count) so each language writes them its own way.
 */
public record Refusal(String messageKey, List<Object> args) {
    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String messageKey, Object... args) {
        return new Refusal(messageKey, List.of(args));
    }
}
