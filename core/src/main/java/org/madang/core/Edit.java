package org.madang.core;

import java.util.Map;

/** What an administrator's save came to: saved (the record as stored), or each field that will not do, nothing saved. */
public sealed interface Edit<T> {

    record Saved<T>(T value) implements Edit<T> {
    }

    record Invalid<T>(Map<String, Refusal> fields) implements Edit<T> {
        public Invalid {
            fields = Map.copyOf(fields);
        }
    }

    static <T> Edit<T> invalid(String field, Refusal refusal) {
        return new Invalid<>(Map.of(field, refusal));
    }

    static <T> Edit<T> invalid(Map<String, Refusal> fields) {
        return new Invalid<>(fields);
    }

    /** Runs an administrator's save in one transaction; a clerk without the right gets the refusal, nothing saved. */
    static <T> Edit<T> inTransaction(org.jdbi.v3.core.Jdbi jdbi, org.jdbi.v3.core.HandleCallback<Edit<T>, RuntimeException> save) {
        try {
            return jdbi.inTransaction(save);
        } catch (org.madang.core.clerk.NotPermitted refused) {
            return invalid("", refused.refusal());
        }
    }
}
