package org.madang.core.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.madang.core.facility.FacilityCategory;

/** The demo site's catalogue: facilities, courses, document types, queue services and notices. */
final class DemoCatalogue {
    /** A facility as read from {@code facilities.tsv}. */
    record FacilitySpec(String code, FacilityCategory category, String[] columns, int capacity, boolean perSeat, int fee,
                        LocalTime opens, LocalTime closes, int slotMinutes, boolean popular) {
    }

    private static final String[][] TOPICS = {
            {"스마트폰 기초", "Smartphone basics", "DIGITAL"}, {"키오스크 사용법", "Using kiosks", "DIGITAL"},
            {"컴퓨터 활용", "Everyday computing", "DIGITAL"}, {"유튜브 영상 만들기", "Making YouTube videos", "DIGITAL"},
            {"생활 영어 회화", "Everyday English", "LANGUAGE"}, {"중국어 첫걸음", "First steps in Chinese", "LANGUAGE"},
            {"일본어 기초", "Japanese for beginners", "LANGUAGE"}, {"한국어 교실", "Korean class", "LANGUAGE"},
            {"수채화", "Watercolour", "ARTS"}, {"민화 그리기", "Korean folk painting", "ARTS"},
            {"서예", "Calligraphy", "ARTS"}, {"통기타", "Acoustic guitar", "ARTS"}, {"우쿨렐레", "Ukulele", "ARTS"},
            {"노래 교실", "Singing class", "ARTS"}, {"사진 교실", "Photography", "ARTS"},
            {"요가", "Yoga", "HEALTH"}, {"필라테스", "Pilates", "HEALTH"}, {"건강 체조", "Health exercise", "HEALTH"},
            {"라인댄스", "Line dancing", "HEALTH"}, {"탁구 교실", "Table tennis class", "HEALTH"},
            {"인문학 산책", "A walk through the humanities", "HUMANITIES"}, {"우리 고장 역사", "Our county's history", "HUMANITIES"},
            {"글쓰기 교실", "Writing class", "HUMANITIES"}, {"그림책 읽기", "Picture-book reading", "HUMANITIES"},
            {"바리스타", "Barista", "CAREER"}, {"제과제빵", "Baking", "CAREER"}, {"한식 조리", "Korean cooking", "CAREER"},
            {"도시 농부", "Urban farming", "CAREER"}, {"목공", "Woodworking", "CAREER"}, {"생활 법률", "Everyday law", "HUMANITIES"}};
    private static final String[] AGE_GROUPS = {"TODDLER", "CHILD", "TEEN", "ADULT", "ADULT", "SENIOR", "SENIOR", "ALL"};
    private static final String[] LEVELS_KO = {"", " 중급", " 심화", " 입문"};
    private static final String[] LEVELS_EN = {"", " (intermediate)", " (advanced)", " (starter)"};
    private static final String[] SUMMARIES_KO = {"처음 배우는 분도 차근차근 따라올 수 있습니다.", "기초를 마친 분이 한 걸음 더 나아갑니다.",
            "실력을 다지고 작품이나 발표로 마무리합니다.", "아주 쉬운 것부터 시작하는 입문 과정입니다."};
    private static final String[] SUMMARIES_EN = {"Step by step, for those who start from nothing.", "One step further for those who know the basics.",
            "Building skill, ending with a piece of work or a show.", "A very gentle start from the simplest things."};
    /** Where each kind of course meets. */
    private static final java.util.Map<String, String[]> PLACES = java.util.Map.of(
            "DIGITAL", new String[] {"평생학습관 디지털 배움터", "Learning centre, digital room"},
            "LANGUAGE", new String[] {"평생학습관 1강의실", "Learning centre, room 1"},
            "ARTS", new String[] {"평생학습관 2강의실", "Learning centre, room 2"},
            "HEALTH", new String[] {"주민센터 다목적실", "Community centre, multi-purpose hall"},
            "HUMANITIES", new String[] {"작은도서관 세미나실", "Small library, seminar room"},
            "CAREER", new String[] {"평생학습관 실습실", "Learning centre, workshop"},
            "OTHER", new String[] {"평생학습관 3강의실", "Learning centre, room 3"});
    /** Who teaches each kind of course (indexes into INSTRUCTORS), so a career fits the course. */
    private static final java.util.Map<String, int[]> TEACHERS = java.util.Map.of("DIGITAL", new int[] {0}, "HEALTH", new int[] {1, 8},
            "LANGUAGE", new int[] {2, 7}, "ARTS", new int[] {3, 6, 9}, "HUMANITIES", new int[] {4}, "CAREER", new int[] {5});
    private static final String[] INSTRUCTORS = {"김선희", "박정우", "이은주", "최동현", "정미경", "한상훈", "오지영", "서태호", "윤혜진", "장민석"};

    /** House rules in plain words, by kind of facility. */
    private static final java.util.Map<FacilityCategory, String[]> RULES = java.util.Map.of(
            FacilityCategory.SPORTS, new String[] {"운동화를 신고 오세요. 라켓과 공은 직접 가져오세요. 끝나면 정리해 주세요.",
                    "Please wear sports shoes. Bring your own rackets and balls. Please tidy up when you finish."},
            FacilityCategory.ROOM, new String[] {"음식은 드실 수 없습니다. 의자와 책상은 제자리에 두세요.",
                    "No food in the room, please. Put chairs and tables back where they were."},
            FacilityCategory.EXPERIENCE, new String[] {"시작 10분 전까지 와 주세요. 재료는 준비되어 있습니다.",
                    "Please arrive 10 minutes before the start. All materials are provided."},
            FacilityCategory.CAMPING, new String[] {"입실은 오후 2시, 퇴실은 다음 날 오전 11시입니다. 밤 10시부터는 조용히 해 주세요.",
                    "Check in from 2 p.m., leave by 11 a.m. the next day. Quiet from 10 p.m., please."},
            FacilityCategory.OTHER, new String[] {"행사 전에 창구에서 준비 사항을 확인해 주세요.",
                    "Please check what to prepare with the counter before your event."});

    private DemoCatalogue() {
    }

    /** The facilities of a scale: the first N of each category in the catalogue file. */
    static List<FacilitySpec> facilities(DemoScale scale) {
        List<FacilitySpec> all = readFacilities();
        List<FacilitySpec> out = new ArrayList<>();
        FacilityCategory[] order = FacilityCategory.values();
        for (int c = 0; c < order.length; c++) {
            FacilityCategory category = order[c];
            all.stream().filter(f -> f.category() == category).limit(scale.perCategory().get(c)).forEach(out::add);
        }
        return out;
    }

    private static List<FacilitySpec> readFacilities() {
        InputStream in = DemoCatalogue.class.getResourceAsStream("facilities.tsv");
        if (in == null) {
            throw new IllegalStateException("facilities.tsv is missing from the build");
        }
        List<FacilitySpec> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new FacilitySpec(c[0], FacilityCategory.valueOf(c[1]), c, Integer.parseInt(c[8]),
                        Boolean.parseBoolean(c[9]), Integer.parseInt(c[10]), LocalTime.parse(c[11]),
                        LocalTime.parse(c[12]), Integer.parseInt(c[13]), Boolean.parseBoolean(c[14])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The facilities, dealt to the county's centres in turn (all to the one centre of a site on its own). */
    static void insertFacilities(Connection c, List<FacilitySpec> specs, List<String> sites) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility (id, code, category, name_ko, name_en, summary_ko, "
                + "summary_en, location_ko, location_en, capacity, per_seat, fee, opens_at, closes_at, slot_minutes, popular, rules_ko, "
                + "rules_en, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = 1;
            for (FacilitySpec f : specs) {
                ps.setString(19, sites.get((int) ((id - 1) % sites.size())));
                ps.setLong(1, id++);
                ps.setString(2, f.code());
                ps.setString(3, f.category().name());
                for (int i = 2; i <= 7; i++) {
                    ps.setString(i + 2, f.columns()[i]);
                }
                ps.setInt(10, f.capacity());
                ps.setBoolean(11, f.perSeat());
                ps.setInt(12, f.fee());
                ps.setObject(13, f.opens());
                ps.setObject(14, f.closes());
                ps.setInt(15, f.slotMinutes());
                ps.setBoolean(16, f.popular());
                String[] rules = RULES.get(f.category());
                ps.setString(17, rules[0]);
                ps.setString(18, rules[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Past terms' courses (finished) and the next term's (recruiting); four terms a year. */
    static int insertCourses(Connection c, DemoScale scale, LocalDate today, Random random, List<String> sites) throws SQLException {
        int total = scale.courseHistory() + scale.recruiting();
        int perTerm = Math.max(1, scale.recruiting());
        LocalDate nextTermStart = termStart(today).plusMonths(3);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO course (code, title_ko, title_en, category, age_group, "
                + "term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, lottery, "
                + "place_ko, place_en, summary_ko, summary_en, enrol_from, enrol_until, site) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < total; n++) {
                ps.setString(24, sites.get(n % sites.size()));
                boolean recruiting = n >= scale.courseHistory();
                int termsBack = recruiting ? 0 : 1 + (scale.courseHistory() - 1 - n) / perTerm;
                LocalDate start = nextTermStart.minusMonths(3L * termsBack);
                String[] topic = TOPICS[random.nextInt(TOPICS.length)];
                int level = random.nextInt(LEVELS_KO.length);
                ps.setString(1, String.format("C%d-%d-%04d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1, n + 1));
                ps.setString(2, topic[0] + LEVELS_KO[level]);
                ps.setString(3, topic[1] + LEVELS_EN[level]);
                ps.setString(4, topic[2]);
                ps.setString(5, AGE_GROUPS[random.nextInt(AGE_GROUPS.length)]);
                ps.setString(6, start.getYear() + "-" + ((start.getMonthValue() - 1) / 3 + 1));
                ps.setObject(7, start);
                ps.setObject(8, start.plusWeeks(10).minusDays(1));
                ps.setInt(9, 1 + random.nextInt(6));
                ps.setObject(10, LocalTime.of(9 + random.nextInt(11), random.nextBoolean() ? 0 : 30));
                ps.setInt(11, random.nextBoolean() ? 90 : 120);
                ps.setInt(12, 10 + 5 * random.nextInt(5));
                ps.setInt(13, random.nextInt(4) == 0 ? 0 : 10_000 * (1 + random.nextInt(6)));
                int[] teachers = TEACHERS.getOrDefault(topic[2], new int[] {4});
                ps.setString(14, INSTRUCTORS[teachers[random.nextInt(INSTRUCTORS.length) % teachers.length]]);
                LocalDate end = start.plusWeeks(10).minusDays(1);
                ps.setString(15, recruiting ? "RECRUITING" : end.isBefore(today) ? "FINISHED" : "RUNNING");
                ps.setBoolean(16, random.nextInt(3) == 0);
                ps.setBoolean(17, random.nextInt(5) == 0);
                String[] place = PLACES.getOrDefault(topic[2], PLACES.get("OTHER"));
                ps.setString(18, place[0]);
                ps.setString(19, place[1]);
                ps.setString(20, topic[0] + " 과정입니다. " + SUMMARIES_KO[level]);
                ps.setString(21, topic[1] + ". " + SUMMARIES_EN[level]);
                // enrolment opens a week before the demo's today for the coming term, and closes days before it starts
                LocalDateTime opens = recruiting ? today.minusDays(7).atTime(9, 0) : start.minusDays(40).atTime(9, 0);
                LocalDateTime closes = recruiting ? later(start.minusDays(5).atTime(18, 0), today.plusDays(10).atTime(18, 0), start)
                        : start.minusDays(5).atTime(18, 0);
                ps.setObject(22, opens);
                ps.setObject(23, closes);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return total;
    }

    /** The later of two closing times, but before the course starts. */
    private static LocalDateTime later(LocalDateTime a, LocalDateTime b, LocalDate start) {
        LocalDateTime t = a.isAfter(b) ? a : b;
        return t.isBefore(start.atStartOfDay()) ? t : start.minusDays(1).atTime(18, 0);
    }

    /** The instructors with their careers, as the course pages show them. */
    static void insertInstructors(Connection c) throws SQLException {
        String[][] careers = {
                {"스마트폰·디지털 교육 강사 8년. 디지털 배움터 강사단.", "Eight years teaching smartphones and digital skills; digital learning centre tutor."},
                {"생활체육지도사 2급. 복지관 건강 체조 강의 10년.", "Sports instructor (level 2); ten years of health exercise classes at welfare centres."},
                {"전 중학교 영어 교사. 성인 회화 강의 6년.", "Former middle-school English teacher; six years of conversation classes for adults."},
                {"수채화 작가, 개인전 5회. 평생학습관 미술 강사.", "Watercolour painter with five solo shows; art tutor at the learning centre."},
                {"인문학 박사. 지역사 연구회 회원.", "PhD in the humanities; member of the county history society."},
                {"바리스타 1급, 제과기능사. 카페 운영 12년.", "Barista (level 1) and pastry chef; ran a cafe for twelve years."},
                {"통기타·우쿨렐레 연주자. 어린이 음악 교실 운영.", "Guitar and ukulele player; runs a children's music class."},
                {"한국어 교원 2급. 다문화가족지원센터 강사.", "Korean language teacher (level 2); tutor at the multicultural family centre."},
                {"요가 지도자 자격, 필라테스 강사 7년.", "Certified yoga teacher; seven years teaching Pilates."},
                {"사진 작가, 지역 신문 사진 기자 출신.", "Photographer; formerly a photojournalist with the county paper."}};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instructor (name, career_ko, career_en) VALUES (?, ?, ?)")) {
            for (int i = 0; i < INSTRUCTORS.length; i++) {
                ps.setString(1, INSTRUCTORS[i]);
                ps.setString(2, careers[i][0]);
                ps.setString(3, careers[i][1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static LocalDate termStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    static int insertDocumentTypes(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_type (code, name_ko, name_en, kiosk_fee, "
                + "counter_fee, kiosk_issuable, household_allowed, address_history_option, rrn_back_option, sort_order) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (org.madang.core.document.DocumentKinds.Kind k : org.madang.core.document.DocumentKinds.ALL) {
                ps.setString(1, k.code());
                ps.setString(2, k.nameKo());
                ps.setString(3, k.nameEn());
                ps.setInt(4, k.kioskFee());
                ps.setInt(5, k.counterFee());
                ps.setBoolean(6, k.kiosk());
                ps.setBoolean(7, k.householdAllowed());
                ps.setBoolean(8, k.addressHistory());
                ps.setBoolean(9, k.rrnBack());
                ps.setInt(10, ++order);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return org.madang.core.document.DocumentKinds.ALL.size();
    }

    static int insertQueueServices(Connection c) throws SQLException {
        String[][] services = {
                {"civil", "A", "민원 업무", "Civil affairs", "5"},
                {"welfare", "B", "복지 상담", "Welfare consultation", "15"},
                {"courses", "C", "강좌 문의", "Course help", "8"},
                {"payment", "D", "시설 요금 납부", "Facility payment", "4"}};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_service (code, prefix, name_ko, name_en, "
                + "minutes_per_ticket) VALUES (?, ?, ?, ?, ?)")) {
            for (String[] s : services) {
                ps.setString(1, s[0]);
                ps.setString(2, s[1]);
                ps.setString(3, s[2]);
                ps.setString(4, s[3]);
                ps.setInt(5, Integer.parseInt(s[4]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return services.length;
    }

    /**
     * This morning's tickets: the first ones of each service served, the rest waiting, so the
     * ticket screen shows a queue. Issued from opening at 09:00 until now.
     */
    static int insertTickets(Connection c, LocalDateTime now, Random random, String site) throws SQLException {
        // before the centre opens, the day before's queue stands in the site's history, all served
        boolean beforeOpening = !now.isAfter(now.toLocalDate().atTime(9, 0));
        java.time.LocalDate day = beforeOpening ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        LocalDateTime opening = day.atTime(9, 0);
        long minutes = java.time.Duration.between(opening, beforeOpening ? day.atTime(18, 0) : now).toMinutes();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_ticket (service_id, ticket_day, number, priority, "
                + "priority_reason, status, issued_at, queued_at, called_at, finished_at, counter_id, desk, terminal_id, site) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'kiosk-1', ?)")) {
            ps.setString(13, site);
            for (long service = 1; service <= 4; service++) {
                int count = 3 + random.nextInt(10);
                int served = beforeOpening ? count : count / 2;
                for (int n = 1; n <= count; n++) {
                    LocalDateTime issued = opening.plusMinutes(minutes * (n - 1) / count);
                    boolean priority = random.nextInt(6) == 0;
                    ps.setLong(1, service);
                    ps.setObject(2, day);
                    ps.setInt(3, n);
                    ps.setBoolean(4, priority);
                    ps.setString(5, priority ? "SENIOR" : null);
                    ps.setString(6, n <= served ? "DONE" : "WAITING");
                    ps.setObject(7, issued);
                    ps.setObject(8, issued);
                    ps.setObject(9, n <= served ? issued.plusMinutes(3) : null);
                    ps.setObject(10, n <= served ? issued.plusMinutes(8) : null);
                    ps.setString(11, n <= served ? "counter-1" : null);
                    ps.setObject(12, n <= served ? 1 : null);
                    ps.addBatch();
                    total++;
                }
            }
            ps.executeBatch();
        }
        return total;
    }

    /** The demo's notices: the centre's own, or with {@code site} null the whole county's. */
    static int insertNotices(Connection c, LocalDate today, Random random, String site) throws SQLException {
        String[][] notices = {
                {"겨울철 체육시설 운영 시간 안내", "Winter opening hours of sports facilities",
                        "12월부터 2월까지 야외 체육시설은 오전 7시에 문을 엽니다.", "From December to February outdoor facilities open at 7 a.m."},
                {"디지털 배움터 키오스크 연습 교실", "Kiosk practice class at the Digital Learning Centre",
                        "매주 화요일 오후 2시, 키오스크 사용법을 천천히 배워 보세요.", "Every Tuesday at 2 p.m., learn to use kiosks at your own pace."},
                {"평생학습 아카데미 수강생 모집", "Lifelong-learning academy is enrolling",
                        "다음 학기 강좌 수강 신청을 받습니다. 키오스크나 창구에서 신청하세요.", "Enrol for next term's courses at the kiosk or the counter."},
                {"주민등록 사실조사 실시", "Resident registration survey",
                        "담당 공무원이 방문하면 협조 부탁드립니다.", "Please help the officer who visits your home."},
                {"강변 캠핑장 개장", "Riverside campsite is open",
                        "오토캠핑장과 글램핑을 키오스크에서 예약할 수 있습니다.", "Book auto-camping and glamping at the kiosk."},
                {"무인민원발급기 이용 안내", "Using the document kiosk",
                        "등본과 초본을 200원에 발급받을 수 있습니다.", "Residence copies and abstracts cost 200 won at the kiosk."},
                {"독감 예방접종 안내", "Flu vaccination",
                        "65세 이상 어르신은 보건소에서 무료로 접종받으세요.", "People aged 65 and over are vaccinated free at the health centre."},
                {"마당 작은 음악회", "Madang small concert",
                        "이번 주 토요일 오후 4시, 야외무대에서 음악회가 열립니다.", "This Saturday at 4 p.m. on the outdoor stage."}};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (title_ko, title_en, body_ko, body_en, valid_from, "
                + "valid_until, likes, created_at, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(9, site);
            for (String[] n : notices) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(i + 1, n[i]);
                }
                LocalDate from = today.minusDays(random.nextInt(20));
                ps.setObject(5, from);
                ps.setObject(6, today.plusDays(10 + random.nextInt(40)));
                ps.setInt(7, random.nextInt(60));
                ps.setObject(8, from.atTime(9, 0));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return notices.length;
    }
}
