package org.madang.core.care;

/** Where an application for a welfare service stands. */
public enum ApplicationStatus {
    APPLIED, GRANTED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return switch (this) {
            case APPLIED -> "case.application.applied";
            case GRANTED -> "case.application.granted";
            case REFUSED -> "case.application.refused";
            case WITHDRAWN -> "case.application.withdrawn";
        };
    }
}
