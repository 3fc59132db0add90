package org.madang.core.care;

/** How a consultation was held: at the counter, on the phone, or on a home visit (which counts towards visit hours). */
public enum Channel {
    COUNTER, PHONE, VISIT;

    public String messageKey() {
        return switch (this) {
            case COUNTER -> "case.channel.counter";
            case PHONE -> "case.channel.phone";
            case VISIT -> "case.channel.visit";
        };
    }
}
