package org.madang.core.care;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;

/** What an act on a case answered: done, a field that will not do, not allowed, or the case changed since it was read. */
public sealed interface CaseOutcome<T> {

    /** Done; {@code version} is the case's version now (the next save carries it). */
    record Done<T>(T value, int version) implements CaseOutcome<T> {
    }

    /** Nothing saved: each field that will not do, with why (field names as the forms name them). */
    record Invalid<T>(Map<String, Refusal> fields) implements CaseOutcome<T> {
        public Invalid {
            fields = Map.copyOf(fields);
        }
    }

    /** Nothing saved: the clerk may not do this (the attempt is in the audit trail). */
    record Refused<T>(Refusal refusal) implements CaseOutcome<T> {
    }

    /**
     * Nothing saved: someone else changed the case after it was read. {@code changes} says what
     * (oldest first); {@code version} is the case's version now, for saving again once read.
     */
    record Changed<T>(List<CaseChange> changes, int version) implements CaseOutcome<T> {
        public Changed {
            changes = List.copyOf(changes);
        }
    }
}
