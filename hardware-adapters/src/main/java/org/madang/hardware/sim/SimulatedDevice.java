package org.madang.hardware.sim;

import org.madang.hardware.device.Device;
import org.madang.hardware.device.DeviceEvents;
import org.madang.hardware.device.DeviceListener;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.device.Health;

/**
 * What every simulator shares: it is opened and closed like a real device, and the simulator
 * panel or a practice lesson can put it into a fault and clear it again, with the same events a
 * real device would send.
 */
abstract class SimulatedDevice implements Device {
    private final String name;
    final DeviceEvents events;
    private volatile DeviceState state = DeviceState.CLOSED;
    private volatile String fault;

    SimulatedDevice(String label, String name) {
        this.name = name;
        this.events = new DeviceEvents(label);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() {
        if (state == DeviceState.CLOSED) {
            state = fault == null ? DeviceState.IDLE : DeviceState.ERROR;
        }
    }

    /** Puts the device into a fault (e.g. "unplugged"), as if its cable were pulled. */
    public void unplug() {
        setFault("unplugged", DeviceStatus.OFFLINE);
    }

    /** Clears any fault, as if the device were back and ready. */
    public void plugIn() {
        clearFault(DeviceStatus.ONLINE);
    }

    final void setFault(String reason, DeviceStatus status) {
        fault = reason;
        state = DeviceState.ERROR;
        events.status(status);
    }

    final void clearFault(DeviceStatus status) {
        if (fault != null) {
            fault = null;
            state = DeviceState.IDLE;
            events.status(status);
        }
    }

    /** The current fault in plain words, or null. */
    final String fault() {
        return fault;
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public Health health() {
        String f = fault;
        return f == null ? Health.ok(state) : Health.failing(state, f);
    }

    @Override
    public void addDeviceListener(DeviceListener listener) {
        events.add(listener);
    }

    @Override
    public void removeDeviceListener(DeviceListener listener) {
        events.remove(listener);
    }

    @Override
    public void close() {
        state = DeviceState.CLOSED;
        events.close();
    }
}
