package org.madang.core.course;

/**
 * What cancelling would give back now, shown before the resident confirms.
 *
 * @param share  the §23 share for a seat (a waiting place or an entry is given up without a fee to return)
 * @param refund won given back
 */
public record CourseCancelQuote(Enrolment enrolment, Course course, CoursePolicy.RefundShare share, int refund) {
}
