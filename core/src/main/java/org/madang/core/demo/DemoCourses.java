package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who takes the demo's courses: the recruiting ones part-filled (some full, with a numbered
 * waiting list; lottery courses with entries waiting for the draw), the running ones with the
 * attendance of the sessions held so far. The per-term limit of two holds for everyone, and
 * {@code course.enrolled} counts exactly the seats given. 김영희 (the first demo card) takes a
 * running course — one that meets today when there is one — so the course check-in can be tried.
 */
final class DemoCourses {
    private static final int PER_TERM = 2;

    private final Random random;
    private final LocalDateTime now;
    private final Map<String, Integer> heldPerTerm = new HashMap<>();

    DemoCourses(long seed, LocalDateTime now) {
        // a stream of its own, so the rest of the demo stays as it was
        this.random = new Random(seed ^ 0x5EA7L);
        this.now = now;
    }

    private record Row(long id, String term, LocalDate startsOn, int weekday, LocalTime startTime, int capacity, int fee, String status,
                       boolean lottery, int sessions) {

        LocalDateTime session(int n) {
            return startsOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday))).plusWeeks(n - 1L).atTime(startTime);
        }
    }

    void insert(Connection c) throws SQLException {
        List<Row> courses = new ArrayList<>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT id, term, starts_on, weekday, start_time, capacity, fee, "
                + "status, lottery, sessions FROM course WHERE status IN ('RECRUITING', 'RUNNING') ORDER BY id")) {
            while (rs.next()) {
                courses.add(new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                        rs.getObject(5, LocalTime.class), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getBoolean(9), rs.getInt(10)));
            }
        }
        long residents;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT MAX(id) FROM resident")) {
            rs.next();
            residents = rs.getLong(1);
        }
        // the demo card holders and their families (ids up to 9) choose for themselves
        long firstOther = 10;
        if (residents <= firstOther) {
            return;
        }
        try (PreparedStatement enrol = c.prepareStatement("INSERT INTO course_enrolment (course_id, resident_id, status, waitlist_no, fee, "
                + "fee_basis, channel, terminal_id, created_at, seated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement attend = c.prepareStatement("INSERT INTO course_attendance (enrolment_id, session_no, checked_in_at, "
                     + "terminal_id) VALUES (?, ?, ?, 'demo')");
             PreparedStatement seats = c.prepareStatement("UPDATE course SET enrolled = ? WHERE id = ?")) {
            // 김영희's course: one that meets today if there is one, else the first of the term
            Row today = courses.stream().filter(r -> "RUNNING".equals(r.status()) && r.weekday() == now.getDayOfWeek().getValue())
                    .findFirst().orElse(courses.stream().filter(r -> "RUNNING".equals(r.status())).findFirst().orElse(null));
            for (Row course : courses) {
                int seated = 0;
                List<Long> taken = new ArrayList<>();
                if (course == today) {
                    seated += seat(enrol, attend, course, 1, taken);
                }
                boolean full = random.nextInt(4) == 0;
                int wanted = "RUNNING".equals(course.status()) ? course.capacity() * (70 + random.nextInt(31)) / 100
                        : full ? course.capacity() + 1 + random.nextInt(3) : course.capacity() * (30 + random.nextInt(60)) / 100;
                int waiting = 0;
                for (int tries = 0; taken.size() < wanted && tries < wanted * 4; tries++) {
                    long resident = firstOther + random.nextInt((int) (residents - firstOther + 1));
                    if (taken.contains(resident) || heldPerTerm.getOrDefault(resident + "/" + course.term(), 0) >= PER_TERM) {
                        continue;
                    }
                    if (course.lottery() && "RECRUITING".equals(course.status())) {
                        add(enrol, course, resident, "ENTERED", null, null);
                        taken.add(resident);
                    } else if (seated < course.capacity()) {
                        seated += seat(enrol, attend, course, resident, taken);
                    } else {
                        add(enrol, course, resident, "WAITING", ++waiting, null);
                        taken.add(resident);
                    }
                }
                seats.setInt(1, seated);
                seats.setLong(2, course.id());
                seats.addBatch();
            }
            attend.executeBatch();
            seats.executeBatch();
        }
        wishes(c, residents);
    }

    /** A few course wishes of the last weeks, as kiosks take them: the counter sees them grouped by subject. */
    private void wishes(Connection c, long residents) throws SQLException {
        String[][] wishes = {{"DIGITAL", "2", "MORNING", "스마트폰으로 사진 보내는 법"}, {"DIGITAL", "", "", "키오스크로 기차표 사기"},
                {"DIGITAL", "4", "AFTERNOON", "유튜브 보는 법"}, {"HEALTH", "6", "MORNING", "무릎에 무리 없는 운동"},
                {"HEALTH", "", "EVENING", "퇴근 후 요가"}, {"LANGUAGE", "3", "EVENING", "Korean for work, evenings please"},
                {"ARTS", "", "", "손주에게 그려 줄 그림"}, {"OTHER", "5", "AFTERNOON", "텃밭 가꾸기"}};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO course_wish (topic, weekday, time_of_day, words, resident_id, created_at, "
                + "terminal_id) VALUES (?, ?, ?, ?, ?, ?, 'demo')")) {
            for (String[] w : wishes) {
                ps.setString(1, w[0]);
                ps.setObject(2, w[1].isEmpty() ? null : Integer.valueOf(w[1]));
                ps.setString(3, w[2].isEmpty() ? null : w[2]);
                ps.setString(4, w[3]);
                ps.setObject(5, random.nextBoolean() ? null : 10 + random.nextInt((int) Math.max(1, residents - 10)));
                ps.setObject(6, now.minusDays(1 + random.nextInt(20)).withHour(9 + random.nextInt(9)).withMinute(random.nextInt(60)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A seat, with the sessions of a running course attended so far (about nine in ten). */
    private int seat(PreparedStatement enrol, PreparedStatement attend, Row course, long resident, List<Long> taken) throws SQLException {
        long id = add(enrol, course, resident, "ENROLLED", null, course.startsOn().minusDays(20).atTime(10, 0));
        taken.add(resident);
        for (int n = 1; n <= course.sessions() && course.session(n).isBefore(now); n++) {
            if (resident == 1 || random.nextInt(10) < 9) {
                attend.setLong(1, id);
                attend.setInt(2, n);
                attend.setObject(3, course.session(n).minusMinutes(5 + random.nextInt(10)));
                attend.addBatch();
            }
        }
        return 1;
    }

    private long add(PreparedStatement enrol, Row course, long resident, String status, Integer waitlistNo, LocalDateTime seatedAt)
            throws SQLException {
        LocalDateTime created = course.startsOn().minusDays(20 + random.nextInt(10)).atTime(9 + random.nextInt(9), random.nextInt(60));
        enrol.setLong(1, course.id());
        enrol.setLong(2, resident);
        enrol.setString(3, status);
        enrol.setObject(4, waitlistNo);
        enrol.setInt(5, course.fee());
        enrol.setString(6, course.fee() == 0 ? "FREE_COURSE" : "FULL");
        enrol.setString(7, "KIOSK");
        enrol.setObject(8, created.isAfter(now) ? now.minusHours(1) : created);
        enrol.setObject(9, seatedAt == null ? null : seatedAt.isAfter(now) ? now.minusHours(1) : seatedAt);
        enrol.executeUpdate();
        heldPerTerm.merge(resident + "/" + course.term(), 1, Integer::sum);
        try (var keys = enrol.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
