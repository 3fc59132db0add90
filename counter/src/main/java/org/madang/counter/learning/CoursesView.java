package org.madang.counter.learning;

import java.util.List;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseWishes;

/** The counter's course screen as its presenter sees it. */
public interface CoursesView {

    /** Residents who got a seat from a waiting list lately (they are told at their next kiosk visit; the clerk may tell them sooner). */
    void showPromoted(List<CourseEnrolments.Promotion> promoted);

    /** Course wishes by subject, the most wished first, with the latest words of the chosen subject. */
    void showWishes(List<CourseWishes.WishCount> counts);

    void showWords(String topic, List<CourseWishes.Wish> latest);

    void showFailure();
}
