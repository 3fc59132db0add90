package org.madang.core.event;

/** The kinds of state change the event log records. */
public enum EventType {
    SITE_SEEDED("SiteSeeded"),
    BOOKING_CREATED("BookingCreated"),
    CLERK_ADDED("ClerkAdded"),
    CLERK_SIGNED_IN("ClerkSignedIn"),
    CLERK_SIGN_IN_FAILED("ClerkSignInFailed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name stored in {@code event_log.type}. */
    public String wireName() {
        return wireName;
    }
}
