package org.madang.core.terminal;

import java.time.LocalDateTime;

/** A lock a clerk ordered for a kiosk: the words it shows ("점검 중"), who ordered it and when. */
public record LockOrder(String message, String lockedBy, LocalDateTime lockedAt) {
}
