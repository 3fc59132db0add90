package org.madang.core.county;

/** A centre of the county: its code (a terminal's {@code site.code}) and its name. */
public record Centre(String code, String name) {
    /** The one centre of a database of its own, as the name its site.yaml gives it. */
    public static Centre own(String name) {
        return new Centre(org.madang.config.SiteIdentity.OWN, name);
    }
}
