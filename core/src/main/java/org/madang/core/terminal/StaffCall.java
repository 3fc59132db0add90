package org.madang.core.terminal;

import java.time.LocalDateTime;

/**
 * A resident asked for help at a terminal.
 *
 * @param screen the id of the screen they were on, so the clerk knows what they were doing
 */
public record StaffCall(long id, String terminalId, String screen, LocalDateTime calledAt) {
}
