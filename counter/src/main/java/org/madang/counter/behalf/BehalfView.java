package org.madang.counter.behalf;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.booking.CalendarDay;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.Quote;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseListing;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;

/** Acting for a resident at the desk or on the phone: booking, waiting lists, lottery entries, course places, and cancelling them. */
public interface BehalfView {
    /** What a chosen time would be: a booking, a place on the waiting list, or a lottery entry. */
    enum Wish { BOOK, WAIT, LOTTERY }

    void showFacilities(List<Facility> facilities);

    void showDays(Facility facility, List<CalendarDay> days);

    void showSlots(List<Slot> slots);

    /** The chosen time with its fee and any rule that already refuses it (asked of the database now). */
    void showQuote(Slot slot, int party, Quote quote, Wish wish, java.util.Optional<Refusal> refusal);

    void showCourses(List<CourseListing> courses);

    /** A chosen course with the fee this resident would pay. */
    void showCourseQuote(CourseListing course, CourseEnrolments.CourseFee fee);

    /** What cancelling a booking gives back, before the clerk confirms. */
    void showCancelQuote(CancelQuote quote);

    /** What cancelling a course place gives back (§23), before the clerk confirms. */
    void showCourseCancelQuote(CourseCancelQuote quote);

    /** Done, in a word (booked, waiting no. 2, entered, enrolled, cancelled with the refund). */
    void showDone(String messageKey, Object... args);

    /** Refused, in the kiosk's very words. */
    void showRefusal(Refusal refusal);

    void showFailure();
}
