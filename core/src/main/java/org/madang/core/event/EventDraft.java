package org.madang.core.event;

import java.util.Map;

/** An event about to be appended: what happened, to what, by whom, with which details. */
public record EventDraft(EventType type, String subject, String actor, Map<String, Object> details) {
    public EventDraft {
        details = Map.copyOf(details);
    }
}
