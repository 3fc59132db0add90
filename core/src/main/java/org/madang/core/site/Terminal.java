package org.madang.core.site;

/** The terminal a service runs on, as written into the audit trail and bookings. */
public record Terminal(String id) {
}
