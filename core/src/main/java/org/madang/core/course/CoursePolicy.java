package org.madang.core.course;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The course rules (POLICIES.md "Courses") with their default figures: how many courses a
 * resident takes a term, how many of them fee-exempt, the attendance that completes a course,
 * the fill below which a course closes, and the refund of 평생교육법 시행령 §23. A site changes a
 * figure with a {@code policy_setting} row named {@code courses.*} (see {@link #with}).
 *
 * @param perTerm            courses a resident may hold (seats, lottery entries, waiting places) in one term
 * @param feeExemptPerTerm   courses a resident with an exemption takes free in one term; the others cost the full fee
 * @param completionPercent  attendance (of the course's sessions) that completes a course
 * @param minimumFillPercent seats that must be taken when enrolment ends, or the course closes
 */
public record CoursePolicy(int perTerm, int feeExemptPerTerm, int completionPercent, int minimumFillPercent) {
    public static final CoursePolicy DEFAULTS = new CoursePolicy(2, 1, 80, 70);
    /** The {@code policy_setting} names, in the order of the record. */
    public static final List<String> NAMES = List.of("courses.perTerm", "courses.feeExemptPerTerm", "courses.completionPercent",
            "courses.minimumFillPercent");
    /** The prefix of course settings; other settings belong to other rules. */
    public static final String PREFIX = "courses.";

    public CoursePolicy {
        if (perTerm < 1 || feeExemptPerTerm < 0 || completionPercent < 1 || completionPercent > 100 || minimumFillPercent < 0
                || minimumFillPercent > 100) {
            throw new IllegalArgumentException("course limits must be positive and percentages 0 to 100");
        }
    }

    /** Each figure as a {@code policy_setting} row would write it, by name, in the order of {@link #NAMES}. */
    public Map<String, String> settings() {
        int[] v = values();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            out.put(NAMES.get(i), String.valueOf(v[i]));
        }
        return out;
    }

    private int[] values() {
        return new int[] {perTerm, feeExemptPerTerm, completionPercent, minimumFillPercent};
    }

    /**
     * This policy with the site's {@code courses.*} settings laid over it (other names are left to
     * other rules).
     *
     * @throws IllegalArgumentException naming the setting, for an unknown course setting or a value that is not a whole number
     */
    public CoursePolicy with(Map<String, String> settings) {
        int[] v = values();
        settings.forEach((name, value) -> {
            if (!name.startsWith(PREFIX)) {
                return;
            }
            int i = NAMES.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("unknown course policy setting '" + name + "' (known: " + String.join(", ", NAMES) + ")");
            }
            try {
                v[i] = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("course policy setting '" + name + "' must be a whole number, not '" + value + "'", e);
            }
        });
        return new CoursePolicy(v[0], v[1], v[2], v[3]);
    }

    /**
     * The site's course rules: the defaults with its {@code courses.*} settings laid over them.
     *
     * @throws IllegalArgumentException naming the setting when a stored figure is unknown or malformed
     */
    public static CoursePolicy load(org.jdbi.v3.core.Jdbi jdbi) {
        Map<String, String> settings = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, setting_value FROM policy_setting WHERE name LIKE 'courses.%'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> settings.put(e.getKey(), e.getValue())));
        return DEFAULTS.with(settings);
    }

    /** Whether {@code attended} of {@code sessions} completes a course. */
    public boolean completes(int attended, int sessions) {
        return sessions > 0 && attended * 100 >= completionPercent * sessions;
    }

    /** Whether a course with {@code enrolled} of {@code capacity} seats taken may run. */
    public boolean fillsEnough(int enrolled, int capacity) {
        return enrolled * 100 >= minimumFillPercent * capacity;
    }

    /** The share of the fee given back, by how much of the course has passed (§23). */
    public enum RefundShare {
        /** Before the course starts: everything. */
        ALL(1, 1),
        /** Before one third of the course has passed: two thirds. */
        TWO_THIRDS(2, 3),
        /** Before half has passed: half. */
        HALF(1, 2),
        /** Half or more has passed: nothing. */
        NONE(0, 1);

        private final int numerator;
        private final int denominator;

        RefundShare(int numerator, int denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
        }

        /** The refund of {@code fee}, rounded down to 10 won. */
        public int of(int fee) {
            return (int) ((long) fee * numerator / denominator / 10 * 10);
        }
    }

    /**
     * The refund share for cancelling at {@code now} (평생교육법 시행령 §23), by the learning time
     * passed: the minutes of the sessions held so far (a session under way counts the minutes
     * it has run) against the course's total.
     */
    public RefundShare refundShare(Course course, LocalDateTime now) {
        if (!now.isAfter(course.firstSessionStart())) {
            return RefundShare.ALL;
        }
        long passed = course.minutesPassed(now);
        long total = course.totalMinutes();
        if (passed * 3 < total) {
            return RefundShare.TWO_THIRDS;
        }
        if (passed * 2 < total) {
            return RefundShare.HALF;
        }
        return RefundShare.NONE;
    }
}
