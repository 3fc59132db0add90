package org.madang.core.course;

import org.madang.core.Refusal;

/** What asking for a course gave: a seat, a waiting place, a lottery entry, or a plain no. */
public sealed interface EnrolOutcome {

    record Enrolled(Enrolment enrolment, Course course) implements EnrolOutcome {
    }

    /** The course is full: a numbered place on its waiting list. */
    record Waitlisted(Enrolment enrolment, Course course) implements EnrolOutcome {
    }

    /** A lottery course: an entry, drawn when enrolment closes. */
    record Entered(Enrolment enrolment, Course course) implements EnrolOutcome {
    }

    record Refused(Refusal refusal) implements EnrolOutcome {
    }
}
