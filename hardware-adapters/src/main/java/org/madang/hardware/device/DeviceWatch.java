package org.madang.hardware.device;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps, for a terminal's devices, the condition each one last reported (paper, cover, online)
 * and the last error any of them told of, for the heartbeat and the services that cannot run
 * without a device. Fed by the devices' own events; safe to read from any thread.
 */
public final class DeviceWatch implements AutoCloseable {
    private final Map<String, Device> devices;
    private final Clock clock;
    private final Map<String, Reported> reported = new ConcurrentHashMap<>();
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private final Map<String, DeviceListener> listeners = new LinkedHashMap<>();
    private volatile LastError lastError;

    /** @param devices each device by the label its events carry (e.g. {@code receiptPrinter}), in the order to show them */
    public DeviceWatch(Map<String, Device> devices, Clock clock) {
        this.devices = new LinkedHashMap<>(devices);
        this.clock = clock;
        this.devices.forEach((label, device) -> {
            reported.put(label, Reported.NOTHING);
            // keyed by the watch's label, whatever the device calls itself in its events
            DeviceListener listener = event -> heard(label, event);
            listeners.put(label, listener);
            device.addDeviceListener(listener);
        });
    }

    /** Hears of every change of a device's condition or a new error (on a device's event thread). */
    public void onChange(Runnable watcher) {
        watchers.add(watcher);
    }

    /** Each device's condition now, in the order given. */
    public Map<String, DeviceCondition> conditions() {
        Map<String, DeviceCondition> now = new LinkedHashMap<>();
        devices.forEach((label, device) -> now.put(label, condition(device, reported.getOrDefault(label, Reported.NOTHING))));
        return now;
    }

    /** The condition of one device; {@link DeviceCondition#NOT_FITTED} for a label not watched. */
    public DeviceCondition condition(String label) {
        Device device = devices.get(label);
        return device == null ? DeviceCondition.NOT_FITTED : condition(device, reported.getOrDefault(label, Reported.NOTHING));
    }

    /** The newest error a device told of (or a device's reason for not being there), if any. */
    public Optional<LastError> lastError() {
        LastError e = lastError;
        if (e != null) {
            return Optional.of(e);
        }
        return devices.entrySet().stream().filter(d -> d.getValue() instanceof NullDevice)
                .findFirst().map(d -> new LastError(d.getKey(), ((NullDevice) d.getValue()).reason(), null));
    }

    private static DeviceCondition condition(Device device, Reported r) {
        if (device instanceof NullDevice) {
            return DeviceCondition.NOT_FITTED;
        }
        if (r.offline) {
            return DeviceCondition.OFFLINE;
        }
        if (r.coverOpen) {
            return DeviceCondition.COVER_OPEN;
        }
        if (r.paper == DeviceCondition.PAPER_OUT) {
            return DeviceCondition.PAPER_OUT;
        }
        if (device.state() == DeviceState.ERROR) {
            return DeviceCondition.FAULT;
        }
        return r.paper == DeviceCondition.PAPER_NEAR_END ? DeviceCondition.PAPER_NEAR_END : DeviceCondition.READY;
    }

    private void heard(String label, DeviceEvent event) {
        if (event instanceof DeviceEvent.Error e) {
            lastError = new LastError(label, e.message(), clock.instant());
        } else if (event instanceof DeviceEvent.StatusChanged s) {
            reported.compute(label, (l, was) -> (was == null ? Reported.NOTHING : was).after(s.status()));
            if (s.status() == DeviceStatus.OFFLINE || s.status() == DeviceStatus.PAPER_OUT || s.status() == DeviceStatus.COVER_OPEN) {
                lastError = new LastError(label, s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        clock.instant());
            }
        }
        watchers.forEach(Runnable::run);
    }

    /** Stops listening to the devices (they stay open). */
    @Override
    public void close() {
        devices.forEach((label, d) -> d.removeDeviceListener(listeners.get(label)));
    }

    /** What a device last told of: which one, in its words, and when ({@code null} for a device that is not there). */
    public record LastError(String device, String message, Instant at) {
    }

    /** What the events said so far, one device. */
    private record Reported(boolean offline, boolean coverOpen, DeviceCondition paper) {
        static final Reported NOTHING = new Reported(false, false, DeviceCondition.READY);

        Reported after(DeviceStatus status) {
            return switch (status) {
                case ONLINE -> new Reported(false, coverOpen, paper);
                case OFFLINE -> new Reported(true, coverOpen, paper);
                case PAPER_NEAR_END -> new Reported(offline, coverOpen, DeviceCondition.PAPER_NEAR_END);
                case PAPER_OUT -> new Reported(offline, coverOpen, DeviceCondition.PAPER_OUT);
                case PAPER_OK -> new Reported(offline, coverOpen, DeviceCondition.READY);
                case COVER_OPEN -> new Reported(offline, true, paper);
                case COVER_CLOSED -> new Reported(offline, false, paper);
            };
        }
    }
}
