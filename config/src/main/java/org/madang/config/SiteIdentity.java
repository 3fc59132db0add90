package org.madang.config;

import java.time.ZoneId;
import java.util.List;

/**
 * Who the site is: its name, the county whose residents get resident prices, its time zone,
 * the languages offered at its kiosks (the first is the default of each session), and its
 * code among the county's centres when they share one database ({@code main} for a centre on
 * its own database).
 */
public record SiteIdentity(String name, String county, ZoneId zone, List<String> languages, String code) {
    /** The code of a centre that keeps its own database. */
    public static final String OWN = "main";

    /** What a centre's code may be: small letters, digits and '-', at most 40 (e.g. {@code hwajeong-1}). */
    public static final String CODE_FORM = "[a-z0-9][a-z0-9-]{0,39}";

    public SiteIdentity {
        languages = List.copyOf(languages);
    }

    /** The same site, showing other languages. */
    public SiteIdentity withLanguages(List<String> shown) {
        return new SiteIdentity(name, county, zone, shown, code);
    }
}
