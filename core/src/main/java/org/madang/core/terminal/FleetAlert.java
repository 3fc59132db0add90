package org.madang.core.terminal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.madang.hardware.device.DeviceCondition;

/**
 * Something in the fleet that needs a person: a device that cannot work (paper out, cover open,
 * unplugged), a kiosk not heard from, a disk nearly full.
 *
 * @param device    the device concerned, for {@link Kind#DEVICE}
 * @param condition the device's condition, for {@link Kind#DEVICE}
 * @param since     the last beat heard, for {@link Kind#SILENT}; the beat that reported it otherwise
 */
public record FleetAlert(String terminalId, Kind kind, Optional<String> device, Optional<DeviceCondition> condition, LocalDateTime since) {

    /** What kind of attention it needs. */
    public enum Kind {
        /** A device cannot do its job. */
        DEVICE,
        /** A kiosk or display has not been heard from for {@link Fleet#SILENT_AFTER}. */
        SILENT,
        /** Less than {@link Fleet#LOW_DISK_MB} free: receipts and logs will soon fail to write. */
        DISK_LOW
    }
}
