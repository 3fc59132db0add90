package org.madang.hardware.device;

/**
 * What every device has, modelled on UnifiedPOS: a lifecycle (created closed, {@link #open()}
 * opens and enables it, {@link #close()} ends it), a {@link DeviceState}, status and error events
 * for listeners, and a health check. A device that loses its connection reopens by itself on a
 * back-off; one that can never work on this machine is a null device that says why.
 */
public interface Device extends AutoCloseable {

    /** The configured name, e.g. {@code escpos+serial:/dev/ttyUSB0?profile=generic}. */
    String name();

    DeviceState state();

    /**
     * Opens and enables the device. Never throws for a device fault: a device that cannot be
     * reached now is left in {@link DeviceState#ERROR} and keeps trying to reopen.
     */
    void open();

    /** Checks the device now (it may ask the hardware, so never on the EDT). */
    Health health();

    void addDeviceListener(DeviceListener listener);

    void removeDeviceListener(DeviceListener listener);

    /** Closes the device and stops its threads; it may not be opened again. */
    @Override
    void close();
}
