package org.madang.core.clerk;

import java.time.LocalDateTime;

/**
 * A clerk account as an admin sees it.
 *
 * @param centre the code of the centre it belongs to; null for the county's staff (of no centre)
 */
public record ClerkAccount(long id, String login, String name, Role role, boolean active, LocalDateTime lockedUntil,
                           boolean mustChangePassword, LocalDateTime createdAt, String centre) {

    /** Whether wrong passwords keep it out at {@code now}. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
