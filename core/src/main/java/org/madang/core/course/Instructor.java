package org.madang.core.course;

import java.util.List;
import org.madang.core.facility.Localized;

/** Who teaches a course: their career in a few lines and the other courses they teach or taught here. */
public record Instructor(String name, Localized career, List<Course> otherCourses) {
    public Instructor {
        otherCourses = List.copyOf(otherCourses);
    }
}
