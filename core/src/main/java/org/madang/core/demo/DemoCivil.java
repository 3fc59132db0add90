package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.Rrn;
import org.madang.core.resident.RrnCipher;

/**
 * The demo card holders' civil records, so every document type has something true to say:
 * their households (with family members who have no card), earlier addresses, family
 * registers and local taxes, and a few courses they finished. 박지민 owes a car tax, so her
 * tax certificate is refused as a real one would be.
 */
final class DemoCivil {
    /** A household member without a card: inserted right after the card holders. */
    record Member(String name, LocalDate birth, String sex, String address) {
    }

    /** Ids 5…9, after the four card holders. */
    static final List<Member> MEMBERS = List.of(
            new Member("정광수", LocalDate.of(1950, 7, 1), "M", "마당군 마당읍 느티나무길 12"),
            new Member("정민준", LocalDate.of(1981, 2, 10), "M", "마당군 마당읍 느티나무길 12"),
            new Member("최순자", LocalDate.of(1951, 4, 20), "F", "마당군 솔빛면 들꽃로 7"),
            new Member("한상철", LocalDate.of(1986, 12, 3), "M", "마당군 마당읍 강변로 45"),
            new Member("한지우", LocalDate.of(2019, 5, 17), "F", "마당군 마당읍 강변로 45"));

    private DemoCivil() {
    }

    /** A member's registration number: the birth date, the sex digit of the century, fixed digits and the check digit. */
    static Rrn rrn(Member m) {
        boolean male = "M".equals(m.sex());
        int digit = m.birth().getYear() >= 2000 ? (male ? 3 : 4) : (male ? 1 : 2);
        String twelve = String.format("%02d%02d%02d%d%05d", m.birth().getYear() % 100, m.birth().getMonthValue(), m.birth().getDayOfMonth(),
                digit, 54_321);
        return Rrn.parse(twelve.substring(0, 6) + "-" + twelve.substring(6) + Rrn.checkDigit(twelve)).orElseThrow();
    }

    /** Households, address history, family registers, local taxes and learning records of the demo card holders. */
    static void insert(Connection c, LocalDate today, RrnCipher cipher) throws SQLException {
        pins(c, cipher);
        households(c);
        addresses(c);
        families(c);
        taxes(c, today);
        learning(c);
    }

    /** Every card holder's document PIN is {@link DemoCards#PIN}, as if set at the counter. */
    private static void pins(Connection c, RrnCipher cipher) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE resident SET pin_hash = ? WHERE id = ?")) {
            for (long id = 1; id <= DemoCards.RESIDENTS.size(); id++) {
                ps.setString(1, ResidentPins.stored(cipher, id, DemoCards.PIN));
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void households(Connection c) throws SQLException {
        Object[][] households = {
                {1L, "마당군 마당읍 느티나무길 12", LocalDate.of(1990, 4, 2)},
                {2L, "마당군 솔빛면 들꽃로 7", LocalDate.of(1998, 3, 16)},
                {3L, "서울특별시 마포구 잔다리로 30", LocalDate.of(2021, 9, 1)},
                {4L, "마당군 마당읍 강변로 45", LocalDate.of(2017, 11, 20)}};
        rows(c, "INSERT INTO household (id, address, formed_on) VALUES (?, ?, ?)", households);
        // household, relation, moved in, family register base, resident id
        Object[][] members = {
                {1L, "HEAD", LocalDate.of(1990, 4, 2), "전라남도 순천시 조례동 112", 5L},
                {1L, "SPOUSE", LocalDate.of(1990, 4, 2), "전라남도 순천시 조례동 112", 1L},
                {1L, "CHILD", LocalDate.of(1990, 4, 2), "전라남도 순천시 조례동 112", 6L},
                {2L, "HEAD", LocalDate.of(1998, 3, 16), "마당군 솔빛면 들꽃로 7", 2L},
                {2L, "SPOUSE", LocalDate.of(1998, 3, 16), "마당군 솔빛면 들꽃로 7", 7L},
                {3L, "HEAD", LocalDate.of(2021, 9, 1), "부산광역시 수영구 광안동 45", 3L},
                {4L, "HEAD", LocalDate.of(2017, 11, 20), "마당군 마당읍 강변로 45", 8L},
                {4L, "SPOUSE", LocalDate.of(2018, 6, 4), "마당군 마당읍 강변로 45", 4L},
                {4L, "CHILD", LocalDate.of(2019, 5, 30), "마당군 마당읍 강변로 45", 9L}};
        rows(c, "UPDATE resident SET household_id = ?, household_relation = ?, moved_in_on = ?, family_base = ? WHERE id = ?", members);
    }

    private static void addresses(Connection c) throws SQLException {
        Object[][] rows = {
                {1L, "전라남도 순천시 조례동 112", LocalDate.of(1952, 3, 15), LocalDate.of(1974, 10, 7), "BIRTH"},
                {1L, "서울특별시 동대문구 회기로 25", LocalDate.of(1974, 10, 7), LocalDate.of(1990, 4, 2), "MOVED_IN"},
                {5L, "서울특별시 동대문구 회기로 25", LocalDate.of(1972, 5, 2), LocalDate.of(1990, 4, 2), "MOVED_IN"},
                {2L, "마당군 솔빛면 들꽃로 3", LocalDate.of(1948, 11, 2), LocalDate.of(1998, 3, 16), "BIRTH"},
                {3L, "부산광역시 수영구 광안동 45", LocalDate.of(1991, 6, 24), LocalDate.of(2010, 2, 26), "BIRTH"},
                {3L, "서울특별시 동작구 상도로 369", LocalDate.of(2010, 2, 26), LocalDate.of(2021, 9, 1), "MOVED_IN"},
                {4L, "경기도 안산시 단원구 원곡로 12", LocalDate.of(2015, 3, 2), LocalDate.of(2018, 6, 4), "MOVED_IN"}};
        rows(c, "INSERT INTO address_history (resident_id, address, moved_in_on, moved_out_on, reason) VALUES (?, ?, ?, ?, ?)", rows);
    }

    private static void families(Connection c) throws SQLException {
        Object[][] rows = {
                {1L, "FATHER", "김정호", LocalDate.of(1925, 5, 5), "M"},
                {1L, "MOTHER", "이순례", LocalDate.of(1928, 8, 19), "F"},
                {1L, "SPOUSE", "정광수", LocalDate.of(1950, 7, 1), "M"},
                {1L, "CHILD", "정수진", LocalDate.of(1978, 9, 30), "F"},
                {1L, "CHILD", "정민준", LocalDate.of(1981, 2, 10), "M"},
                {2L, "FATHER", "이만석", LocalDate.of(1920, 1, 12), "M"},
                {2L, "MOTHER", "박간난", LocalDate.of(1922, 6, 3), "F"},
                {2L, "SPOUSE", "최순자", LocalDate.of(1951, 4, 20), "F"},
                {2L, "CHILD", "이은정", LocalDate.of(1976, 12, 24), "F"},
                {2L, "CHILD", "이준호", LocalDate.of(1979, 3, 8), "M"},
                {3L, "FATHER", "박성호", LocalDate.of(1960, 10, 2), "M"},
                {3L, "MOTHER", "윤미경", LocalDate.of(1963, 4, 14), "F"},
                {4L, "SPOUSE", "한상철", LocalDate.of(1986, 12, 3), "M"},
                {4L, "CHILD", "한지우", LocalDate.of(2019, 5, 17), "F"}};
        rows(c, "INSERT INTO family_member (resident_id, relation, name, birth_date, sex) VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** Runs {@code sql} once per row, the row's values as its parameters in order. */
    private static void rows(Connection c, String sql, Object[][] rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void taxes(Connection c, LocalDate today) throws SQLException {
        int y = today.getYear();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO local_tax (resident_id, tax_year, item, amount, due_on, paid_on) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int year = y - 2; year <= y; year++) {
                LocalDate july = LocalDate.of(year, 7, 31);
                LocalDate september = LocalDate.of(year, 9, 30);
                boolean julyDue = !july.isAfter(today);
                boolean septemberDue = !september.isAfter(today);
                add(ps, 1, year, "재산세", 184_300, july, julyDue ? july.minusDays(12) : null);
                add(ps, 1, year, "주민세", 11_000, LocalDate.of(year, 8, 31), LocalDate.of(year, 8, 31).isAfter(today) ? null
                        : LocalDate.of(year, 8, 20));
                add(ps, 2, year, "재산세", 96_750, september, septemberDue ? september.minusDays(3) : null);
                add(ps, 2, year, "자동차세", 129_870, LocalDate.of(year, 6, 30), LocalDate.of(year, 6, 30).isAfter(today) ? null
                        : LocalDate.of(year, 6, 25));
                // 박지민's car tax of this year is overdue: her certificate is refused until she pays
                add(ps, 3, year, "자동차세", 223_600, LocalDate.of(year, 6, 30), year == y ? null : LocalDate.of(year, 6, 28));
                add(ps, 4, year, "주민세", 11_000, LocalDate.of(year, 8, 31), LocalDate.of(year, 8, 31).isAfter(today) ? null
                        : LocalDate.of(year, 8, 29));
            }
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, long resident, int year, String item, int amount, LocalDate due, LocalDate paid)
            throws SQLException {
        ps.setLong(1, resident);
        ps.setInt(2, year);
        ps.setString(3, item);
        ps.setInt(4, amount);
        ps.setObject(5, due);
        ps.setObject(6, paid);
        ps.addBatch();
    }

    /**
     * Finished courses for the card holders, with attendance: 김영희 two completed and one not,
     * 이철수 and 응우옌 티 마이 one completed each; 박지민 has none.
     */
    private static void learning(Connection c) throws SQLException {
        List<long[]> finished = new java.util.ArrayList<>();
        List<LocalDateTime> firstSession = new java.util.ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, sessions, starts_on, start_time FROM course "
                + "WHERE status = 'FINISHED' ORDER BY starts_on DESC, id LIMIT 5")) {
            while (rs.next()) {
                finished.add(new long[] {rs.getLong(1), rs.getInt(2)});
                firstSession.add(rs.getObject(3, LocalDate.class).atTime(rs.getObject(4, java.time.LocalTime.class)));
            }
        }
        if (finished.size() < 5) {
            return;
        }
        // resident, course index, sessions attended of 10
        int[][] plan = {{1, 0, 9}, {1, 1, 10}, {1, 2, 5}, {2, 3, 8}, {4, 4, 9}};
        try (PreparedStatement e = c.prepareStatement("INSERT INTO course_enrolment (course_id, resident_id, status, fee, fee_basis, channel, "
                + "terminal_id, created_at, seated_at) VALUES (?, ?, ?, 0, 'FULL', 'KIOSK', 'demo', ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS);
             PreparedStatement a = c.prepareStatement("INSERT INTO course_attendance (enrolment_id, session_no, checked_in_at, terminal_id) "
                     + "VALUES (?, ?, ?, 'demo')")) {
            for (int[] p : plan) {
                long[] course = finished.get(p[1]);
                LocalDateTime enrolled = firstSession.get(p[1]).minusWeeks(3);
                int attended = (int) Math.min(p[2], course[1]);
                boolean completed = attended * 100 >= 80 * course[1];
                e.setLong(1, course[0]);
                e.setLong(2, p[0]);
                e.setString(3, completed ? "COMPLETED" : "NOT_COMPLETED");
                e.setObject(4, enrolled);
                e.setObject(5, enrolled);
                e.executeUpdate();
                long id;
                try (var keys = e.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (int s = 1; s <= attended; s++) {
                    a.setLong(1, id);
                    a.setInt(2, s);
                    a.setObject(3, firstSession.get(p[1]).plusWeeks(s - 1L).minusMinutes(5));
                    a.addBatch();
                }
            }
            a.executeBatch();
        }
    }
}
