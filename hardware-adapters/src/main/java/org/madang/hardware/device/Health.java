package org.madang.hardware.device;

/**
 * The answer to a health check: healthy, or not with the reason in plain words
 * (e.g. "paper out", "port /dev/ttyUSB0 not found").
 */
public record Health(DeviceState state, boolean healthy, String reason) {

    public static Health ok(DeviceState state) {
        return new Health(state, true, "ready");
    }

    public static Health failing(DeviceState state, String reason) {
        return new Health(state, false, reason);
    }
}
