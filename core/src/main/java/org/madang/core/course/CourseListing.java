package org.madang.core.course;

/** A course as the catalogue lists it, with how many wait for a seat and how many entered its lottery. */
public record CourseListing(Course course, int waiting, int entries) {

    /** What asking for the course gives now: an entry in its lottery, a seat, or a place on its waiting list. */
    public enum Ask {
        LOTTERY_ENTRY, SEAT, WAITING_PLACE
    }

    /** The rule {@link CourseEnrolments#enrol} applies, for a screen to name before the resident asks. */
    public Ask ask() {
        return course.lottery() ? Ask.LOTTERY_ENTRY : course.seatsLeft() > 0 ? Ask.SEAT : Ask.WAITING_PLACE;
    }
}
