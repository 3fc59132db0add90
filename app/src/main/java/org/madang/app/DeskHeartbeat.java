package org.madang.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.madang.core.site.Release;
import org.madang.core.terminal.Beat;
import org.madang.core.terminal.Heartbeat;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.hardware.device.Device;
import org.madang.hardware.device.DeviceWatch;

/**
 * The heartbeat of a counter or a wall display (a kiosk has its own, with the lock and paused
 * services): what it shows, whether someone uses it, its devices; a last beat when it closes, so
 * it is not missed as silent.
 */
final class DeskHeartbeat implements AutoCloseable {
    private final Heartbeat heartbeat;
    private final DeviceWatch watch;
    private final Supplier<Beat> off;

    private DeskHeartbeat(Heartbeat heartbeat, DeviceWatch watch, Supplier<Beat> off) {
        this.heartbeat = heartbeat;
        this.watch = watch;
        this.off = off;
    }

    /**
     * @param devices the terminal's devices by label
     * @param screen  what it shows now (read on the heartbeat's thread)
     * @param inUse   whether someone uses it now (read on the heartbeat's thread)
     */
    static DeskHeartbeat start(SiteRuntime site, TerminalKind kind, Map<String, Device> devices, Supplier<String> screen, String language,
                               BooleanSupplier inUse) {
        Instant started = Instant.now(site.clock);
        DeviceWatch watch = new DeviceWatch(devices, site.clock);
        java.util.function.Function<SessionState, Beat> beat = session -> new Beat(kind, screen.get(), language, session,
                watch.conditions(), List.of(), Release.version(), site.freeDiskMb(), watch.lastError(), started);
        Heartbeat heartbeat = new Heartbeat(site.fleet(site.events()),
                () -> beat.apply(inUse.getAsBoolean() ? SessionState.IN_USE : SessionState.IDLE), lock -> { })
                .start(Heartbeat.EVERY);
        watch.onChange(heartbeat::beatSoon);
        return new DeskHeartbeat(heartbeat, watch, () -> beat.apply(SessionState.OFF));
    }

    /** Says the terminal closed properly, and stops. */
    @Override
    public void close() {
        heartbeat.stop(Optional.of(off.get()));
        watch.close();
    }
}
