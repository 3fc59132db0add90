package org.madang.hardware.device;

/** A condition a device reports as it changes (UnifiedPOS status updates). */
public enum DeviceStatus {
    /** The device answers again after being offline or unplugged. */
    ONLINE,
    /** The device does not answer, is switched off or unplugged. */
    OFFLINE,
    /** Paper is running low: jobs still print, someone should load a roll soon. */
    PAPER_NEAR_END,
    /** Paper is out: jobs fail until a roll is loaded. */
    PAPER_OUT,
    /** Paper was loaded again after it ran out or ran low. */
    PAPER_OK,
    /** The cover is open. */
    COVER_OPEN,
    /** The cover was closed again. */
    COVER_CLOSED
}
