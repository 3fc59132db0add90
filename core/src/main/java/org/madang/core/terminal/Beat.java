package org.madang.core.terminal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.hardware.device.DeviceCondition;
import org.madang.hardware.device.DeviceWatch;

/**
 * What a terminal tells the site every few seconds: where it is, how its devices are, and what
 * it is running.
 *
 * @param screen    the screen showing (a kiosk screen id, a counter workspace)
 * @param devices   each device by its label and its condition, in the terminal's order
 * @param paused    the services this terminal has paused because a device they need is failing
 * @param startedAt when this run of the terminal began: a new value is a restart
 */
public record Beat(TerminalKind kind, String screen, String language, SessionState session, Map<String, DeviceCondition> devices,
                   List<String> paused, String version, long freeDiskMb, Optional<DeviceWatch.LastError> lastError, Instant startedAt) {
    public Beat {
        devices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(devices));
        paused = List.copyOf(paused);
        if (freeDiskMb < 0) {
            freeDiskMb = 0;
        }
    }
}
