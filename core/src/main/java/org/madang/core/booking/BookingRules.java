package org.madang.core.booking;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.resident.Exemption;

/**
 * The booking policy of a site with its fee rule: POLICIES.md's defaults with the site's
 * {@code policy_setting} and {@code fee_exemption} rows laid over them.
 */
public record BookingRules(BookingPolicy policy, FeeRule fees) {

    /** The defaults of POLICIES.md, with its exemption figures. */
    public static final BookingRules DEFAULTS = new BookingRules(BookingPolicy.DEFAULTS, FeeRule.of(BookingPolicy.DEFAULTS,
            Map.of(Exemption.SENIOR, 50, Exemption.DISABILITY, 50, Exemption.BASIC_LIVELIHOOD, 100, Exemption.NATIONAL_MERIT, 100)));

    public BookingCalendar calendar() {
        return new BookingCalendar(policy);
    }

    /**
     * The site's rules, as stored.
     *
     * @throws IllegalArgumentException naming the setting when a stored figure is unknown or malformed
     */
    public static BookingRules load(Jdbi jdbi) {
        Map<String, String> settings = new HashMap<>();
        Map<Exemption, Integer> exemptions = new EnumMap<>(Exemption.class);
        jdbi.useHandle(h -> {
            // courses.* settings are the course rules' (CoursePolicy), read by them
            h.createQuery("SELECT name, setting_value FROM policy_setting WHERE name NOT LIKE 'courses.%'")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> settings.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT kind, discount_percent FROM fee_exemption")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> exemptions.put(exemption(e.getKey()), e.getValue()));
        });
        BookingPolicy policy = BookingPolicy.DEFAULTS.with(settings);
        return new BookingRules(policy, FeeRule.of(policy, exemptions));
    }

    private static Exemption exemption(String kind) {
        try {
            return Exemption.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fee_exemption kind '" + kind + "' is not one of SENIOR, DISABILITY, "
                    + "BASIC_LIVELIHOOD, NATIONAL_MERIT", e);
        }
    }
}
