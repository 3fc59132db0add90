package org.madang.hardware.device;

/**
 * What every real and simulated device keeps: its configured name, its state, its event thread,
 * and whether it last reported itself online.
 */
public abstract class AbstractDevice implements Device {
    private final String label;
    private final String name;
    protected final DeviceEvents events;
    private volatile DeviceState state = DeviceState.CLOSED;
    private volatile Boolean online;

    /**
     * @param label what events call the device, e.g. {@code receiptPrinter}
     * @param name  the configured URI
     */
    protected AbstractDevice(String label, String name) {
        this.label = label;
        this.name = name;
        this.events = new DeviceEvents(label);
    }

    /** What events and logs call the device, e.g. {@code receiptPrinter}. */
    protected final String label() {
        return label;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DeviceState state() {
        return state;
    }

    protected final void setState(DeviceState state) {
        this.state = state;
    }

    /** Sends ONLINE or OFFLINE when it changes; a device first heard of as online says nothing. */
    protected final void reportOnline(boolean now) {
        Boolean was = online;
        online = now;
        if (was == null ? !now : was != now) {
            events.status(now ? DeviceStatus.ONLINE : DeviceStatus.OFFLINE);
        }
    }

    @Override
    public final void addDeviceListener(DeviceListener listener) {
        events.add(listener);
    }

    @Override
    public final void removeDeviceListener(DeviceListener listener) {
        events.remove(listener);
    }

    /** Marks the device closed and stops its event thread; subclasses stop their own threads first. */
    @Override
    public void close() {
        state = DeviceState.CLOSED;
        events.close();
    }
}
