package org.madang.ui;

import org.madang.core.course.CourseFilter;

/** The bundle keys that name a course's subject, age group and time of day, for the kiosk and the counter alike. */
public final class CourseWords {
    private CourseWords() {
    }

    /** A catalogue category ({@code DIGITAL} …); anything else is "other". */
    public static String category(String category) {
        switch (category) {
            case "DIGITAL":
                return "courses.category.digital";
            case "LANGUAGE":
                return "courses.category.language";
            case "ARTS":
                return "courses.category.arts";
            case "HEALTH":
                return "courses.category.health";
            case "HUMANITIES":
                return "courses.category.humanities";
            case "CAREER":
                return "courses.category.career";
            default:
                return "courses.category.other";
        }
    }

    /** An age group ({@code TODDLER} …); {@code ALL} and anything else is "everyone". */
    public static String ageGroup(String ageGroup) {
        switch (ageGroup) {
            case "TODDLER":
                return "courses.age.toddler";
            case "CHILD":
                return "courses.age.child";
            case "TEEN":
                return "courses.age.teen";
            case "ADULT":
                return "courses.age.adult";
            case "SENIOR":
                return "courses.age.senior";
            default:
                return "courses.age.all";
        }
    }

    public static String timeOfDay(CourseFilter.TimeOfDay t) {
        switch (t) {
            case MORNING:
                return "courses.time.morning";
            case AFTERNOON:
                return "courses.time.afternoon";
            default:
                return "courses.time.evening";
        }
    }
}
