package org.madang.core.demo;

/**
 * How big a demo site is.
 *
 * @param perCategory   how many facilities of each category (sports, rooms, experiences, camping, others)
 * @param daysBack      days of past slots (with their bookings)
 * @param daysAhead     days of future slots, the booking window
 * @param residents     registered residents
 * @param pastFill      share of past capacity that was booked
 * @param courseHistory courses run before the current term
 * @param recruiting    courses recruiting now
 */
public record DemoScale(String name, java.util.List<Integer> perCategory, int daysBack, int daysAhead, int residents, double pastFill,
                        int courseHistory, int recruiting) {
    public DemoScale {
        perCategory = java.util.List.copyOf(perCategory);
    }

    /** A few facilities, a few weeks: quick to make, for tests and screenshots. */
    public static final DemoScale SMALL = new DemoScale("small", java.util.List.of(3, 3, 2, 2, 1), 14, 45, 400, 0.6, 24, 6);

    /** The reference county of POLICIES.md: 55 facilities, a year of slots, 140,000+ bookings, 30,000 residents. */
    public static final DemoScale COUNTY = new DemoScale("county", java.util.List.of(21, 14, 10, 6, 4), 300, 65, 30_000, 0.62, 738, 48);

    public static DemoScale named(String name) {
        return switch (name) {
            case "small" -> SMALL;
            case "county" -> COUNTY;
            default -> throw new IllegalArgumentException("unknown scale '" + name + "' (known: small, county)");
        };
    }
}
