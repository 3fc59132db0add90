package org.madang.core.event;

import java.time.OffsetDateTime;

/**
 * One row of the event log.
 *
 * @param subject  what changed, e.g. {@code booking:42}
 * @param actor    who changed it, e.g. {@code resident:7}, {@code clerk:kim}, {@code system}
 * @param payload  a small JSON object with the change's details (never a registration number)
 * @param prevHash the previous row's hash; the first row's is 64 zeros
 * @param hash     SHA-256 over this row and {@code prevHash}
 */
public record Event(long id, OffsetDateTime occurredAt, String terminalId, String actor, String type,
                    String subject, String payload, String prevHash, String hash) {

    /** Whether this event is of one of these types (compared as types, not as the words they are stored as). */
    public boolean is(EventType... types) {
        for (EventType t : types) {
            if (t.wireName().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
