package org.madang.hardware.device;

/**
 * Hears a device's status and error events. Events arrive on the device's own event thread,
 * one at a time and in order, never on the thread doing I/O and never on the EDT: hand work on.
 */
@FunctionalInterface
public interface DeviceListener {
    void onEvent(DeviceEvent event);
}
