package org.madang.core.care;

import java.time.LocalDateTime;

/** A half-day in which the centre calls a resident back, e.g. tomorrow 09:00–12:00. */
public record CallbackWindow(LocalDateTime from, LocalDateTime to) {
    public CallbackWindow {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a callback window ends after it starts");
        }
    }
}
