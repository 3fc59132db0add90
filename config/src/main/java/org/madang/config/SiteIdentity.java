package org.madang.config;

import java.time.ZoneId;
import java.util.List;

/**
 * Who the site is: its name, the county whose residents get resident prices, its time zone,
 * and the languages offered at its kiosks (the first is the default of each session).
 */
public record SiteIdentity(String name, String county, ZoneId zone, List<String> languages) {
    public SiteIdentity {
        languages = List.copyOf(languages);
    }
}
