package org.madang.hardware.sim;

import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.device.Health;

/**
 * What every simulator shares: it is opened and closed like a real device, and the simulator
 * panel or a practice lesson can put it into a fault and clear it again, with the same events a
 * real device would send.
 */
abstract class SimulatedDevice extends AbstractDevice {
    private volatile String fault;

    SimulatedDevice(String label, String name) {
        super(label, name);
    }

    @Override
    public void open() {
        if (state() == DeviceState.CLOSED) {
            setState(fault == null ? DeviceState.IDLE : DeviceState.ERROR);
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
        setState(DeviceState.ERROR);
        events.status(status);
    }

    final void clearFault(DeviceStatus status) {
        if (fault != null) {
            fault = null;
            setState(DeviceState.IDLE);
            events.status(status);
        }
    }

    /** The current fault in plain words, or null. */
    final String fault() {
        return fault;
    }

    @Override
    public Health health() {
        String f = fault;
        return f == null ? Health.ok(state()) : Health.failing(state(), f);
    }
}
