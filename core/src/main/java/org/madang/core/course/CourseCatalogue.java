package org.madang.core.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/** The courses of the academy: those recruiting (filtered), one course, an instructor's profile. */
public final class CourseCatalogue {
    static final String SELECT = "SELECT c.id, c.code, c.title_ko, c.title_en, c.category, c.age_group, c.term, c.starts_on, c.ends_on, "
            + "c.weekday, c.start_time, c.minutes, c.capacity, c.fee, c.instructor, c.status, c.residents_only, c.lottery, c.place_ko, "
            + "c.place_en, c.summary_ko, c.summary_en, c.enrol_from, c.enrol_until, c.sessions, c.enrolled FROM course c ";
    private static final String COUNTS = "SELECT COUNT(*) FILTER (WHERE status = 'WAITING'), COUNT(*) FILTER (WHERE status = 'ENTERED') "
            + "FROM course_enrolment WHERE course_id = :c";

    private final Jdbi jdbi;

    public CourseCatalogue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Courses taking enrolments now that pass {@code filter}, by start day, time and title. */
    public List<CourseListing> recruiting(CourseFilter filter, LocalDateTime now) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE c.status = 'RECRUITING' ORDER BY c.weekday, c.start_time, c.title_ko")
                .map((rs, ctx) -> course(rs)).list().stream()
                .filter(c -> c.enrolmentOpen(now) && filter.admits(c))
                .map(c -> listing(h, c)).toList());
    }

    public Optional<CourseListing> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE c.id = :id").bind("id", id).map((rs, ctx) -> course(rs)).findOne()
                .map(c -> listing(h, c)));
    }

    /** An instructor's profile; their other courses are this term's and the recruiting ones, without {@code course}. */
    public Instructor instructor(Course course) {
        return jdbi.withHandle(h -> {
            Localized career = h.createQuery("SELECT career_ko, career_en FROM instructor WHERE name = :n").bind("n", course.instructor())
                    .map((rs, ctx) -> new Localized(rs.getString(1), rs.getString(2))).findOne().orElse(new Localized("", ""));
            List<Course> others = h.createQuery(SELECT + "WHERE c.instructor = :n AND c.id <> :id AND c.status IN ('RECRUITING', 'RUNNING') "
                            + "ORDER BY c.starts_on, c.weekday").bind("n", course.instructor()).bind("id", course.id())
                    .map((rs, ctx) -> course(rs)).list();
            java.util.Optional<byte[]> photo = h.createQuery("SELECT p.bytes FROM picture p JOIN instructor i ON p.owner = 'instructor:' || "
                    + "CAST(i.id AS VARCHAR) WHERE i.name = :n").bind("n", course.instructor()).map((rs, ctx) -> rs.getBytes(1)).findOne();
            return new Instructor(course.instructor(), career, others, photo);
        });
    }

    private static CourseListing listing(Handle h, Course c) {
        return h.createQuery(COUNTS).bind("c", c.id()).map((rs, ctx) -> new CourseListing(c, rs.getInt(1), rs.getInt(2))).one();
    }

    static Course course(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Course(rs.getLong(1), rs.getString(2), new Localized(rs.getString(3), rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getInt(10),
                rs.getObject(11, LocalTime.class), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15), rs.getString(16),
                rs.getBoolean(17), rs.getBoolean(18), new Localized(rs.getString(19), rs.getString(20)),
                new Localized(rs.getString(21), rs.getString(22)), Optional.ofNullable(rs.getObject(23, LocalDateTime.class)),
                Optional.ofNullable(rs.getObject(24, LocalDateTime.class)), rs.getInt(25), rs.getInt(26));
    }
}
