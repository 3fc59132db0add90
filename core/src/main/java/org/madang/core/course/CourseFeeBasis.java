package org.madang.core.course;

import org.madang.core.resident.Exemption;

/** Why an enrolment costs what it costs. */
public enum CourseFeeBasis {
    /** The course charges nothing. */
    FREE_COURSE("course.feeBasis.freeCourse"),
    FULL("course.feeBasis.full"),
    DISABILITY("course.feeBasis.disability"),
    BASIC_LIVELIHOOD("course.feeBasis.basicLivelihood"),
    NATIONAL_MERIT("course.feeBasis.nationalMerit");

    private final String messageKey;

    CourseFeeBasis(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether this basis made a paying course free (counts against the fee-exempt limit). */
    public boolean exempt() {
        return this == DISABILITY || this == BASIC_LIVELIHOOD || this == NATIONAL_MERIT;
    }

    /** The basis an exemption gives; none for age alone (the academy's courses are for every age). */
    static java.util.Optional<CourseFeeBasis> of(Exemption e) {
        switch (e) {
            case DISABILITY:
                return java.util.Optional.of(DISABILITY);
            case BASIC_LIVELIHOOD:
                return java.util.Optional.of(BASIC_LIVELIHOOD);
            case NATIONAL_MERIT:
                return java.util.Optional.of(NATIONAL_MERIT);
            default:
                return java.util.Optional.empty();
        }
    }
}
