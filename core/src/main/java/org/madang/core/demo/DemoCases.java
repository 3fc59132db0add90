package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.madang.core.care.Areas;
import org.madang.core.site.DataCipher;

/**
 * The demo's cases: three officers each looking after 30–50 residents of their areas, the
 * welfare team's residents nobody has yet, months of consultations, visits, needs, applications,
 * referrals and follow-ups (some overdue), and welfare requests made at the kiosk this morning.
 * Everything a case says is sealed with the site's data key, as the services write it.
 */
final class DemoCases {
    /** The demo officers with the areas they look after. */
    static final Map<String, List<String>> AREAS = Map.of(
            DemoSeeder.DEMO_OFFICER_LOGIN, List.of("마당읍"),
            "officer2", List.of("솔빛면"),
            "officer3", List.of("느티면", "강변면"));
    private static final int TEAM_CASES = 120;
    private static final String[] KINDS = {"LIVELIHOOD", "HOUSING", "HEALTH", "CARE", "WORK", "LEARNING", "DAILY"};
    private static final String[] SERVICES = {"BASIC_LIVELIHOOD", "EMERGENCY", "DISABILITY_ASSIST", "ELDER_CARE", "ENERGY_VOUCHER",
        "HOUSING_BENEFIT", "MEDICAL_AID", "BASIC_PENSION", "MEAL_DELIVERY", "HOME_REPAIR", "FOOD_BANK", "LONG_TERM_CARE"};
    private static final String[][] TALKS = {
        {"난방비가 많이 나와 걱정이라고 함", "에너지 바우처 대상 여부 확인, 신청 서류 안내"},
        {"혼자 지내며 식사를 거르는 날이 많음", "도시락 배달 연계 가능 여부 알아보기로 함"},
        {"무릎 수술 후 거동이 불편함", "장기요양 등급 신청 절차 설명"},
        {"월세가 두 달 밀림", "긴급복지지원 상담, 주거급여 조건 안내"},
        {"일자리를 찾고 싶다고 함", "노인일자리 모집 일정 안내"},
        {"자녀와 연락이 끊겼다고 함", "말벗 서비스와 정기 안부 전화 약속"},
        {"병원비 부담 문의", "의료급여와 지역 의료비 지원 안내"},
        {"보일러 고장", "주거환경 개선 사업 신청 도움"},
        {"디지털 기기 사용이 어려움", "디지털 배움터 강좌 안내"},
        {"치매가 걱정된다고 함", "치매안심센터 조기검진 예약 도움"}};
    private static final String[] AGENCIES = {"마당군 치매안심센터", "마당지역자활센터", "마당군 정신건강복지센터", "마당종합사회복지관",
        "마당군 보건소 방문건강관리", "노인맞춤돌봄 수행기관"};
    private static final String[] FOLLOW_UPS = {"안부 전화", "신청 결과 확인", "서류 보완 안내", "병원 동행 여부 확인", "가정 방문"};

    private final DataCipher cipher;
    private final LocalDateTime now;
    private final Random random;

    DemoCases(DataCipher cipher, LocalDateTime now, Random random) {
        this.cipher = cipher;
        this.now = now;
        this.random = random;
    }

    void insert(Connection c, String site) throws SQLException {
        // adults, the older more often: whom a community centre's officers mostly look after
        Map<Long, String> addresses = new LinkedHashMap<>();
        Map<Long, Double> order = new java.util.HashMap<>();
        LocalDate today = now.toLocalDate();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT id, address, birth_date FROM resident WHERE county_resident ORDER BY id")) {
            while (rs.next()) {
                int age = java.time.Period.between(rs.getObject(3, LocalDate.class), today).getYears();
                if (age >= 19) {
                    addresses.put(rs.getLong(1), rs.getString(2));
                    order.put(rs.getLong(1), random.nextDouble() - (age >= 65 ? 0.6 : age >= 50 ? 0.3 : 0));
                }
            }
        }
        java.util.Comparator<Long> olderFirst = java.util.Comparator.comparing(order::get);
        Map<Long, String> officerOf = new LinkedHashMap<>();
        List<String> officers = new ArrayList<>(AREAS.keySet());
        Collections.sort(officers);
        for (String officer : officers) {
            List<Long> theirs = new ArrayList<>();
            addresses.forEach((id, address) -> Areas.of(address).filter(AREAS.get(officer)::contains).ifPresent(a -> theirs.add(id)));
            theirs.sort(olderFirst);
            // the demo's first card holder is the first officer's, so a kiosk request of theirs lands on a known list
            if (theirs.remove(1L)) {
                theirs.add(0, 1L);
            }
            theirs.stream().limit(30 + random.nextInt(21)).forEach(id -> officerOf.put(id, officer));
        }
        List<Long> team = new ArrayList<>(addresses.keySet());
        team.removeAll(officerOf.keySet());
        team.sort(olderFirst);
        team.stream().limit(TEAM_CASES).forEach(id -> officerOf.put(id, null));
        try (Rows rows = new Rows(c, site)) {
            for (Map.Entry<Long, String> e : officerOf.entrySet()) {
                history(rows, e.getKey(), e.getValue());
            }
            requestsOfToday(rows, officerOf);
            rows.flush();
        }
    }

    /** The statements the cases go in with, batched. */
    private static final class Rows implements AutoCloseable {
        final PreparedStatement cases;
        final PreparedStatement needs;
        final PreparedStatement consultations;
        final PreparedStatement applications;
        final PreparedStatement referrals;
        final PreparedStatement followUps;

        Rows(Connection c, String site) throws SQLException {
            cases = c.prepareStatement("INSERT INTO care_case (resident_id, officer, assigned_at, opened_at, last_contact, version, site) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?)");
            cases.setString(6, site);
            needs = c.prepareStatement("INSERT INTO care_need (resident_id, kind_cipher, note_cipher, source, raised_at, raised_by, callback_at, "
                    + "closed_at, closed_by, outcome_cipher) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            consultations = c.prepareStatement("INSERT INTO care_consultation (resident_id, held_at, channel, clerk, minutes, asked_cipher, "
                    + "done_cipher, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            applications = c.prepareStatement("INSERT INTO care_application (resident_id, service_cipher, applied_on, clerk, status, decided_on) "
                    + "VALUES (?, ?, ?, ?, ?, ?)");
            referrals = c.prepareStatement("INSERT INTO care_referral (resident_id, agency_cipher, reason_cipher, referred_on, clerk, answer, "
                    + "answer_cipher, answered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            followUps = c.prepareStatement("INSERT INTO care_followup (resident_id, due_on, visit, what_cipher, created_by, created_at, done_at, "
                    + "done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** Cases first: every other row refers to one. */
        void flush() throws SQLException {
            for (PreparedStatement ps : List.of(cases, needs, consultations, applications, referrals, followUps)) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(cases, needs, consultations, applications, referrals, followUps)) {
                ps.close();
            }
        }
    }

    private void history(Rows rows, long resident, String officer) throws SQLException {
        String by = officer == null ? "welfare1" : officer;
        LocalDateTime opened = now.minusDays(30 + random.nextInt(370)).withHour(10).withMinute(0).withSecond(0).withNano(0);
        LocalDateTime last = null;
        int talks = 1 + random.nextInt(6);
        for (int i = 0; i < talks; i++) {
            LocalDateTime held = between(opened, now.minusDays(1));
            boolean visit = officer != null && random.nextInt(3) == 0;
            String[] talk = TALKS[random.nextInt(TALKS.length)];
            add(rows.consultations, resident, held, visit ? "VISIT" : random.nextBoolean() ? "PHONE" : "COUNTER", by,
                    visit ? 30 + 15 * random.nextInt(7) : null, cipher.encrypt(talk[0]), cipher.encrypt(talk[1]), held);
            last = last == null || held.isAfter(last) ? held : last;
        }
        if (officer != null) {
            // this month's visits, so the officers' hours have something to count
            LocalDateTime monthStart = now.toLocalDate().withDayOfMonth(1).atTime(9, 0);
            if (monthStart.isBefore(now.minusDays(1)) && random.nextInt(3) == 0) {
                LocalDateTime held = between(monthStart, now.minusHours(2));
                String[] talk = TALKS[random.nextInt(TALKS.length)];
                add(rows.consultations, resident, held, "VISIT", officer, 40 + 10 * random.nextInt(8), cipher.encrypt(talk[0]),
                        cipher.encrypt(talk[1]), held);
                last = last == null || held.isAfter(last) ? held : last;
            }
        }
        add(rows.cases, resident, officer, officer == null ? null : opened, opened, last);
        int needs = 1 + random.nextInt(3);
        for (int i = 0; i < needs; i++) {
            LocalDateTime raised = between(opened, now.minusDays(1));
            boolean closed = random.nextInt(10) < 6;
            LocalDateTime closedAt = closed ? between(raised, now.minusHours(1)) : null;
            String[] talk = TALKS[random.nextInt(TALKS.length)];
            add(rows.needs, resident, cipher.encrypt(KINDS[random.nextInt(KINDS.length)]), cipher.encrypt(talk[0]),
                    random.nextBoolean() ? "OFFICER" : "COUNTER", raised, "clerk:" + by, null, closedAt, closed ? by : null,
                    closed ? cipher.encrypt(talk[1]) : null);
        }
        if (random.nextInt(10) < 6) {
            LocalDate applied = between(opened, now.minusDays(1)).toLocalDate();
            int outcome = random.nextInt(10);
            String status = outcome < 4 ? "APPLIED" : outcome < 8 ? "GRANTED" : outcome < 9 ? "REFUSED" : "WITHDRAWN";
            LocalDate decided = "APPLIED".equals(status) ? null : applied.plusDays(Math.min(14, java.time.temporal.ChronoUnit.DAYS.between(applied,
                    now.toLocalDate())));
            add(rows.applications, resident, cipher.encrypt(SERVICES[random.nextInt(SERVICES.length)]), applied, by, status, decided);
        }
        if (random.nextInt(10) < 3) {
            LocalDate referred = between(opened, now.minusDays(1)).toLocalDate();
            boolean answered = random.nextBoolean();
            add(rows.referrals, resident, cipher.encrypt(AGENCIES[random.nextInt(AGENCIES.length)]),
                    cipher.encrypt(TALKS[random.nextInt(TALKS.length)][0]), referred, by, answered ? (random.nextInt(4) == 0 ? "DECLINED" : "ACCEPTED")
                            : null, answered ? cipher.encrypt("담당자 배정, 첫 방문 일정 잡음") : null,
                    answered ? referred.plusDays(Math.min(7, java.time.temporal.ChronoUnit.DAYS.between(referred, now.toLocalDate()))) : null);
        }
        LocalDate today = now.toLocalDate();
        if (officer != null) {
            LocalDate visitDay = weekday(today.plusDays(1 + random.nextInt(20)));
            add(rows.followUps, resident, visitDay, true, cipher.encrypt("가정 방문"), officer, now.minusDays(3), null, null);
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            boolean overdue = random.nextInt(100) < 18;
            boolean done = !overdue && random.nextBoolean();
            LocalDate due = overdue ? today.minusDays(1 + random.nextInt(10)) : done ? today.minusDays(1 + random.nextInt(30))
                    : today.plusDays(random.nextInt(14));
            add(rows.followUps, resident, due, false, cipher.encrypt(FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)]), by,
                    due.minusDays(7).atTime(9, 0), done ? due.atTime(15, 0) : null, done ? by : null);
        }
    }

    /**
     * Requests made at the kiosk (and one by phone) this morning: two on the first officer's list,
     * the rest anywhere; never the demo card holders, whose requests the demo makes live.
     */
    private void requestsOfToday(Rows rows, Map<Long, String> officerOf) throws SQLException {
        List<LocalDateTime> windows = new ArrayList<>();
        LocalDate day = now.toLocalDate();
        while (windows.size() < 2) {
            day = weekday(day.plusDays(1));
            windows.add(day.atTime(9, 0));
            windows.add(day.atTime(14, 0));
        }
        List<Long> first = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        officerOf.forEach((id, officer) -> {
            if (id > DemoCards.RESIDENTS.size()) {
                (DemoSeeder.DEMO_OFFICER_LOGIN.equals(officer) ? first : others).add(id);
            }
        });
        Collections.shuffle(first, random);
        Collections.shuffle(others, random);
        List<Long> who = new ArrayList<>(first.subList(0, Math.min(2, first.size())));
        who.addAll(others.subList(0, Math.min(4, others.size())));
        for (int i = 0; i < who.size(); i++) {
            LocalDateTime raised = now.minusMinutes(15 + 23L * i);
            boolean phone = i == who.size() - 1;
            add(rows.needs, who.get(i), cipher.encrypt(KINDS[random.nextInt(KINDS.length)]), null, phone ? "PHONE" : "KIOSK", raised,
                    phone ? "clerk:" + DemoSeeder.DEMO_CLERK_LOGIN : "resident:" + who.get(i), windows.get(i % windows.size()), null, null, null);
        }
    }

    private LocalDateTime between(LocalDateTime from, LocalDateTime to) {
        long minutes = java.time.Duration.between(from, to).toMinutes();
        LocalDateTime at = minutes <= 0 ? from : from.plusMinutes((long) (random.nextDouble() * minutes));
        LocalDate day = weekday(at.toLocalDate());
        LocalDateTime working = day.atTime(9 + random.nextInt(8), random.nextInt(4) * 15);
        return working.isAfter(to) || working.isBefore(from) ? at : working;
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static void add(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
    }
}
