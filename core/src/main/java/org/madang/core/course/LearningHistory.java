package org.madang.core.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/** Every course a resident took with its attendance: the learning history (평생학습 이력). */
public final class LearningHistory {
    private static final String SELECT = "SELECT e.id, c.code, c.title_ko, c.title_en, c.term, c.starts_on, c.ends_on, c.sessions, "
            + "(SELECT COUNT(*) FROM course_attendance a WHERE a.enrolment_id = e.id), c.minutes, c.instructor, e.status "
            + "FROM course_enrolment e JOIN course c ON c.id = e.course_id ";

    private final Jdbi jdbi;

    public LearningHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Courses taken and being taken (not cancelled, waiting or drawn out), newest first. */
    public List<LearningRecord> of(long residentId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE e.resident_id = :r AND e.status IN ('ENROLLED', 'COMPLETED', "
                        + "'NOT_COMPLETED') ORDER BY c.starts_on DESC, c.code").bind("r", residentId)
                .map((rs, ctx) -> record(rs)).list());
    }

    /** One of the resident's courses. */
    public Optional<LearningRecord> enrolment(long residentId, long enrolmentId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE e.resident_id = :r AND e.id = :e").bind("r", residentId)
                .bind("e", enrolmentId).map((rs, ctx) -> record(rs)).findOne());
    }

    private static LearningRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LearningRecord(rs.getLong(1), rs.getString(2), new Localized(rs.getString(3), rs.getString(4)), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                rs.getString(11), rs.getString(12));
    }
}
