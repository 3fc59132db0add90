package org.madang.core.care;

/** Where a need came from: the resident at the kiosk, a telephone call, the counter, or the officer who noticed it. */
public enum NeedSource {
    KIOSK, PHONE, COUNTER, OFFICER;

    public String messageKey() {
        return switch (this) {
            case KIOSK -> "case.source.kiosk";
            case PHONE -> "case.source.phone";
            case COUNTER -> "case.source.counter";
            case OFFICER -> "case.source.officer";
        };
    }
}
