package org.madang.hardware.device;

/**
 * A device that could not be made on this machine (no driver software, no such printer, a
 * broken URI). It carries the reason so the counter and {@code madang doctor} can say it, and
 * the kiosk goes on serving what does not need it.
 */
public abstract class NullDevice implements Device {
    private final String name;
    private final String reason;

    protected NullDevice(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    /** Why this device is not there, in plain words. */
    public String reason() {
        return reason;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeviceState state() {
        return DeviceState.ERROR;
    }

    @Override
    public void open() {
        // nothing to open: the reason says why
    }

    @Override
    public Health health() {
        return Health.failing(DeviceState.ERROR, reason);
    }

    @Override
    public void addDeviceListener(DeviceListener listener) {
        // a null device never changes
    }

    @Override
    public void removeDeviceListener(DeviceListener listener) {
        // a null device never changes
    }

    @Override
    public void close() {
        // nothing is open
    }
}
