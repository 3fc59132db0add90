package org.madang.core.site;

/**
 * The terminal a service runs on, as written into the audit trail and bookings, and the centre
 * it stands in (its rows in a county's database are that centre's; see V19).
 */
public record Terminal(String id, String site) {
    /** A terminal of a centre on its own database. */
    public Terminal(String id) {
        this(id, org.madang.config.SiteIdentity.OWN);
    }
}
