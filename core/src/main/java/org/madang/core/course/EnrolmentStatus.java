package org.madang.core.course;

/** Where a resident stands with a course. */
public enum EnrolmentStatus {
    /** Has a seat. */
    ENROLLED("course.status.enrolled"),
    /** On the numbered waiting list: gets the next seat that frees. */
    WAITING("course.status.waiting"),
    /** Entered the lottery of a lottery course, not drawn yet. */
    ENTERED("course.status.entered"),
    /** Not drawn and not on the waiting list. */
    LOST("course.status.lost"),
    CANCELLED("course.status.cancelled"),
    /** The course ended with enough attendance. */
    COMPLETED("course.status.completed"),
    /** The course ended with too little attendance. */
    NOT_COMPLETED("course.status.notCompleted");

    private final String messageKey;

    EnrolmentStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Holding a place (a seat, a waiting place or a lottery entry): counts against the per-term limit. */
    public boolean active() {
        return this == ENROLLED || this == WAITING || this == ENTERED;
    }
}
