package org.madang.hardware.device;

/**
 * How a device stands, as far as the people running a centre care: ready, worth a look soon, or
 * needing someone now. One value per device, the most pressing of what it reported.
 */
public enum DeviceCondition {
    /** Open and working. */
    READY(false, false),
    /** Paper is running low: it still prints; load a roll soon. */
    PAPER_NEAR_END(true, false),
    /** Paper is out: nothing prints until a roll is loaded. */
    PAPER_OUT(true, true),
    /** The cover is open. */
    COVER_OPEN(true, true),
    /** Unplugged, switched off or not answering. */
    OFFLINE(true, true),
    /** Open but in an error state with no finer report (a jam, a driver failure). */
    FAULT(true, true),
    /** Not fitted on this terminal (no driver, none configured): the services that need it are not offered. */
    NOT_FITTED(false, false);

    private final boolean worthALook;
    private final boolean failing;

    DeviceCondition(boolean worthALook, boolean failing) {
        this.worthALook = worthALook;
        this.failing = failing;
    }

    /** Whether staff should be told (a warning or a fault). */
    public boolean worthALook() {
        return worthALook;
    }

    /** Whether the device cannot do its job now. */
    public boolean failing() {
        return failing;
    }
}
