package org.madang.core.course;

import java.util.Optional;

/**
 * What the catalogue is narrowed to: a category, an age group, a weekday, a time of day, only
 * courses with a seat left, and words to find in the title, summary or instructor's name.
 * Empty parts do not narrow.
 */
public record CourseFilter(Optional<String> category, Optional<String> ageGroup, Optional<Integer> weekday,
                           Optional<TimeOfDay> timeOfDay, boolean openSeatsOnly, String words) {
    public static final CourseFilter ALL = new CourseFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            false, "");

    public CourseFilter {
        words = words == null ? "" : words.strip();
    }

    /** Morning (before noon), afternoon (noon to six) or evening (from six). */
    public enum TimeOfDay {
        MORNING, AFTERNOON, EVENING;

        public static TimeOfDay of(java.time.LocalTime t) {
            return t.getHour() < 12 ? MORNING : t.getHour() < 18 ? AFTERNOON : EVENING;
        }
    }

    public CourseFilter withCategory(Optional<String> c) {
        return new CourseFilter(c, ageGroup, weekday, timeOfDay, openSeatsOnly, words);
    }

    public CourseFilter withAgeGroup(Optional<String> a) {
        return new CourseFilter(category, a, weekday, timeOfDay, openSeatsOnly, words);
    }

    public CourseFilter withWeekday(Optional<Integer> d) {
        return new CourseFilter(category, ageGroup, d, timeOfDay, openSeatsOnly, words);
    }

    public CourseFilter withTimeOfDay(Optional<TimeOfDay> t) {
        return new CourseFilter(category, ageGroup, weekday, t, openSeatsOnly, words);
    }

    public CourseFilter withOpenSeatsOnly(boolean on) {
        return new CourseFilter(category, ageGroup, weekday, timeOfDay, on, words);
    }

    public CourseFilter withWords(String w) {
        return new CourseFilter(category, ageGroup, weekday, timeOfDay, openSeatsOnly, w);
    }

    /** Whether a course (with {@code instructor}'s name) passes. */
    public boolean admits(Course c) {
        return category.map(c.category()::equals).orElse(true)
                && ageGroup.map(a -> a.equals(c.ageGroup()) || "ALL".equals(c.ageGroup())).orElse(true)
                && weekday.map(d -> d == c.weekday()).orElse(true)
                && timeOfDay.map(t -> t == TimeOfDay.of(c.startTime())).orElse(true)
                && (!openSeatsOnly || c.seatsLeft() > 0)
                && (words.isEmpty() || matches(c));
    }

    private boolean matches(Course c) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of(c.title().ko(), c.title().en(), c.summary().ko(), c.summary().en(), c.instructor())
                .anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains(w));
    }
}
