package org.madang.core.booking;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Fresh;
import org.madang.core.resident.Exemption;

/**
 * The booking policy of a site with its fee rule: POLICIES.md's defaults with the site's
 * {@code policy_setting} and {@code fee_exemption} rows laid over them. A live set ({@link #live})
 * reads the rows again every few seconds, so a figure an administrator changes counts on every
 * terminal without a restart; a fixed set ({@link #load}, {@link #DEFAULTS}) never changes.
 */
public final class BookingRules {

    /** The defaults of POLICIES.md, with its exemption figures. */
    public static final BookingRules DEFAULTS = new BookingRules(BookingPolicy.DEFAULTS, FeeRule.of(BookingPolicy.DEFAULTS,
            Map.of(Exemption.SENIOR, 50, Exemption.DISABILITY, 50, Exemption.BASIC_LIVELIHOOD, 100, Exemption.NATIONAL_MERIT, 100)));

    private final Supplier<Figures> figures;

    /** Fixed rules. */
    public BookingRules(BookingPolicy policy, FeeRule fees) {
        Figures fixed = new Figures(policy, fees, new BookingCalendar(policy));
        this.figures = () -> fixed;
    }

    private BookingRules(Supplier<Figures> figures) {
        this.figures = figures;
    }

    public BookingPolicy policy() {
        return figures.get().policy();
    }

    public FeeRule fees() {
        return figures.get().fees();
    }

    public BookingCalendar calendar() {
        return figures.get().calendar();
    }

    /**
     * The site's rules, as stored now, never read again.
     *
     * @throws IllegalArgumentException naming the setting when a stored figure is unknown or malformed
     */
    public static BookingRules load(Jdbi jdbi) {
        Figures now = read(jdbi);
        return new BookingRules(() -> now);
    }

    /**
     * The site's rules, read now and again every few seconds on {@code clock} ({@link Fresh}).
     *
     * @throws IllegalArgumentException naming the setting when a stored figure is unknown or malformed now
     */
    public static BookingRules live(Jdbi jdbi, Clock clock) {
        return new BookingRules(Fresh.of(() -> read(jdbi), clock));
    }

    private static Figures read(Jdbi jdbi) {
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
        return new Figures(policy, FeeRule.of(policy, exemptions), new BookingCalendar(policy));
    }

    private static Exemption exemption(String kind) {
        try {
            return Exemption.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fee_exemption kind '" + kind + "' is not one of SENIOR, DISABILITY, "
                    + "BASIC_LIVELIHOOD, NATIONAL_MERIT", e);
        }
    }

    /** One reading of the figures, and the calendar they make. */
    private record Figures(BookingPolicy policy, FeeRule fees, BookingCalendar calendar) {
    }
}
