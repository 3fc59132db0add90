package org.madang.core.terminal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.hardware.device.DeviceCondition;

/**
 * A terminal as the fleet view shows it: its last beat, when that was, and the lock a clerk
 * ordered for it (if any).
 */
public record TerminalStatus(String terminalId, TerminalKind kind, String screen, String language, SessionState session,
                             Map<String, DeviceCondition> devices, List<String> paused, String version, long freeDiskMb,
                             Optional<String> lastError, Optional<LocalDateTime> lastErrorAt, LocalDateTime startedAt,
                             LocalDateTime beatAt, Optional<LockOrder> lock) {
    public TerminalStatus {
        devices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(devices));
        paused = List.copyOf(paused);
    }

    /** Whether a lock is ordered that the kiosk does not show yet (a resident is still finishing). */
    public boolean lockPending() {
        return lock.isPresent() && session != SessionState.LOCKED;
    }
}
