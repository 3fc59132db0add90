package org.madang.counter.learning;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseRoster;

/** A class's register at the counter, as its presenter sees it. */
public interface AttendanceView {

    /** The courses under way this term. */
    void showCourses(List<Course> courses);

    /** One session's register: who is enrolled and who came. */
    void showRegister(CourseRoster.Register register);

    /** The marks were saved; {@code present} came to the class. */
    void showSaved(int present);

    void showRefusal(Refusal refusal);

    void showFailure();
}
