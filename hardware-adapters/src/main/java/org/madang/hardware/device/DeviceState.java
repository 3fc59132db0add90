package org.madang.hardware.device;

/** Where a device is in its life (UnifiedPOS style). */
public enum DeviceState {
    /** Not opened, or closed. */
    CLOSED,
    /** Open and ready. */
    IDLE,
    /** Working on a job. */
    BUSY,
    /** Open but not usable until the fault is cleared (paper out, offline, ...). */
    ERROR
}
