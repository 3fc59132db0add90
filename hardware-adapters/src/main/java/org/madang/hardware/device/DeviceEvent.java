package org.madang.hardware.device;

/**
 * Something a device wants its listeners to know: a status change, or an error with a plain
 * sentence for the counter's device view.
 */
public sealed interface DeviceEvent {

    /** The device that sent the event, by its configured name (e.g. {@code receiptPrinter}). */
    String device();

    /** A condition changed. */
    record StatusChanged(String device, DeviceStatus status) implements DeviceEvent {
    }

    /** Something went wrong that is worth telling a person about; {@code message} is plain words. */
    record Error(String device, String message) implements DeviceEvent {
    }
}
