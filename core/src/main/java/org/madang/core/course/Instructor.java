package org.madang.core.course;

import java.util.List;
import org.madang.core.facility.Localized;

/** Who teaches a course: their career in a few lines, the other courses they teach or taught here, and their photo when one is kept. */
public record Instructor(String name, Localized career, List<Course> otherCourses, java.util.Optional<byte[]> photo) {
    public Instructor {
        otherCourses = List.copyOf(otherCourses);
    }
}
