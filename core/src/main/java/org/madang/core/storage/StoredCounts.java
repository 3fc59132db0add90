package org.madang.core.storage;

import org.jdbi.v3.core.Handle;

/**
 * The counters the database stores beside their rows ({@code slot.booked}, {@code course.enrolled})
 * checked against those rows, and the capacities they guard: for {@code madang db check} and the
 * race and crash harness.
 */
public final class StoredCounts {
    /** What a slot's bookings take of it: seats where seats are sold, else one per booking. */
    private static final String TAKEN = "(SELECT COALESCE(SUM(CASE WHEN f.per_seat THEN b.party ELSE 1 END), 0) FROM booking b "
            + "WHERE b.slot_id = s.id AND b.status <> 'CANCELLED')";
    private static final String SEATED = "(SELECT COUNT(*) FROM course_enrolment e WHERE e.course_id = c.id AND e.status = 'ENROLLED')";

    private StoredCounts() {
    }

    /** Slots whose stored count differs from their bookings. */
    public static long slotsOff(Handle h) {
        return one(h, "SELECT COUNT(*) FROM slot s JOIN facility f ON f.id = s.facility_id WHERE s.booked <> " + TAKEN);
    }

    /** Courses enrolling or under way whose count of seats taken differs from the residents seated. */
    public static long coursesOff(Handle h) {
        return one(h, "SELECT COUNT(*) FROM course c WHERE c.status IN ('RECRUITING', 'RUNNING') AND c.enrolled <> " + SEATED);
    }

    /** Slots holding more than their capacity, and courses seating more than their places, by their rows. */
    public static long overCapacity(Handle h) {
        return one(h, "SELECT COUNT(*) FROM slot s JOIN facility f ON f.id = s.facility_id WHERE s.capacity < " + TAKEN)
                + one(h, "SELECT COUNT(*) FROM course c WHERE c.capacity < " + SEATED);
    }

    private static long one(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
