package org.madang.core.course;

import java.time.LocalDate;
import org.madang.core.facility.Localized;

/**
 * One course a resident took (or is taking), with their attendance.
 *
 * @param status ENROLLED, COMPLETED or NOT_COMPLETED
 */
public record LearningRecord(long enrolmentId, String courseCode, Localized title, String term, LocalDate startsOn, LocalDate endsOn,
                             int sessions, int attended, int minutes, String instructor, String status) {

    /** Attendance in whole percent of the course's sessions. */
    public int attendancePercent() {
        return sessions == 0 ? 0 : attended * 100 / sessions;
    }

    /** Hours of the sessions attended. */
    public double hoursAttended() {
        return attended * minutes / 60.0;
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
