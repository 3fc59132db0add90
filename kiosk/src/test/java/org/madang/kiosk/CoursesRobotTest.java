package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Channel;
import org.madang.core.course.EnrolOutcome;
import org.madang.hardware.testing.Poll;

/** Courses at the kiosk in a real window: attendance by the course receipt's code at Check in. */
class CoursesRobotTest extends KioskRobot {

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    /** 김영희's seat in a course of ten Saturday classes at 10:00 from the test's today (21 November 2026). */
    private long seatOfKimYounghee() {
        long course = fixture.site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, "
                        + "age_group, term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, "
                        + "lottery, place_ko, place_en, enrol_from, enrol_until, sessions) VALUES ('main', 'T-SMART', '스마트폰 기초', 'Smartphone basics', "
                        + "'DIGITAL', 'SENIOR', 'TEST', :start, :ends, 6, TIME '10:00:00', 120, 10, 0, '김선희', 'RECRUITING', FALSE, FALSE, "
                        + "'평생학습관 디지털 배움터', 'Learning centre, digital room', TIMESTAMP '2026-11-01 09:00:00', TIMESTAMP '2026-11-20 18:00:00', 10)")
                .bind("start", LocalDate.of(2026, 11, 21)).bind("ends", LocalDate.of(2027, 1, 29))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        fixture.site.clock.set(LocalDateTime.of(2026, 11, 19, 10, 0));
        EnrolOutcome o = fixture.site.courses().enrol(course, fixture.site.residents().byId(1).orElseThrow(), Channel.COUNTER, "test");
        return ((EnrolOutcome.Enrolled) o).enrolment().id();
    }

    /** A Monday course of ten two-hour classes at 10:00 from {@code start}, taking enrolments from 1 November 2026 to the day before. */
    private long course(String code, int capacity, int fee, LocalDate start) {
        return fixture.site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (site, code, title_ko, title_en, category, age_group, "
                        + "term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, lottery, "
                        + "place_ko, place_en, enrol_from, enrol_until, sessions) VALUES ('main', :code, :code, :code, 'HEALTH', 'SENIOR', 'TEST', :start, "
                        + ":ends, 1, TIME '10:00:00', 120, :cap, :fee, '윤혜진', 'RECRUITING', FALSE, FALSE, '주민센터 다목적실', "
                        + "'Community centre hall', TIMESTAMP '2026-11-01 09:00:00', :until, 10)")
                .bind("code", code).bind("start", start).bind("ends", start.plusWeeks(10)).bind("cap", capacity).bind("fee", fee)
                .bind("until", start.minusDays(1).atTime(18, 0)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private String status(long course, long resident) {
        return fixture.site.database.jdbi().withHandle(h -> h.createQuery("SELECT status || COALESCE(' #' || waitlist_no, '') "
                + "FROM course_enrolment WHERE course_id = :c AND resident_id = :r").bind("c", course).bind("r", resident)
                .mapTo(String.class).one());
    }

    private void identifyWith(String card) {
        waitForScreen("courses.identify");
        click(card);
        Poll.until(() -> !"courses.identify".equals(GuiActionRunner.execute(this::currentScreen)), "the card to be read");
        if (showing("news.read")) {
            click("news.read");
        }
    }

    @Test
    void aSeatGoesFirstComeThenAFullCourseGivesANumberOnItsWaitingList() {
        long one = course("T-ONE", 1, 30_000, LocalDate.of(2027, 1, 4));
        // the instructor's photo, as an administrator keeps it at the counter
        fixture.site.staff("boss=ADMIN");
        long teacher = fixture.site.count("SELECT id FROM instructor WHERE name = '윤혜진'");
        assertThat(fixture.services.pictures().save("instructor:" + teacher, org.madang.ui.StagedPictures.portrait(), "boss"))
                .isInstanceOf(org.madang.core.Edit.Saved.class);
        click("idle.start");
        click("home.courses");
        waitForScreen("courses.list");
        click("course.T-ONE");
        waitForScreen("courses.course");
        assertThat(text("course.seats")).contains("1석 중 1석 남음");
        assertThat(text("instructor.career")).contains("요가");
        assertThat(GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), "instructor.photo",
                org.madang.ui.widget.ScaledPicture.class).pictureSize())).contains(new java.awt.Dimension(480, 600));
        click("course.enrol");
        identifyWith("card.0");
        waitForScreen("courses.confirm");
        assertThat(text("confirm.get")).contains("바로 등록");
        click("confirm.ask");
        waitForScreen("courses.done");
        assertThat(text("done.what")).contains("등록되었습니다");
        assertThat(status(one, 1)).isEqualTo("ENROLLED");
        assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText()).contains("T-ONE").contains("30,000");
        click("done.finish");
        waitForScreen("idle");

        click("idle.start");
        click("home.courses");
        click("course.T-ONE");
        waitForScreen("courses.course");
        assertThat(text("course.seats")).contains("마감");
        click("course.enrol");
        identifyWith("card.1");
        waitForScreen("courses.confirm");
        assertThat(text("confirm.get")).contains("대기 1번");
        click("confirm.ask");
        waitForScreen("courses.done");
        assertThat(text("done.what")).contains("대기 1번");
        assertThat(status(one, 2)).isEqualTo("WAITING #1");
    }

    @Test
    void cancellingShowsTheRefundFirstAndTheFirstWaitingGetsTheSeatAndIsToldAtTheirNextVisit() {
        long started = course("T-RUN", 1, 30_000, LocalDate.of(2026, 11, 16));
        fixture.site.clock.set(LocalDateTime.of(2026, 11, 10, 10, 0));
        fixture.site.courses().enrol(started, fixture.site.residents().byId(1).orElseThrow(), Channel.COUNTER, "test");
        fixture.site.courses().enrol(started, fixture.site.residents().byId(2).orElseThrow(), Channel.COUNTER, "test");
        // the second class has run for half an hour: 150 of 1,200 minutes, two thirds come back
        fixture.site.clock.set(LocalDateTime.of(2026, 11, 23, 10, 30));

        click("idle.start");
        click("home.courses");
        click("courses.toMine");
        identifyWith("card.0");
        waitForScreen("courses.mine");
        // 김영희 also holds a demo course: the list shows her places in the order she took them
        var places = fixture.site.courses().active(1);
        int mine = places.indexOf(places.stream().filter(p -> p.course().id() == started).findFirst().orElseThrow());
        assertThat(text("mine.title." + mine)).isEqualTo("T-RUN");
        click("mine.cancel." + mine);
        waitForScreen("courses.cancel");
        assertThat(text("cancel.refund")).contains("30,000원 중 20,000원");
        assertThat(status(started, 1)).as("nothing cancelled before Yes").isEqualTo("ENROLLED");
        click("cancel.yes");
        waitForScreen("courses.cancelled");
        assertThat(text("cancelled.refund")).contains("20,000원");
        assertThat(status(started, 1)).isEqualTo("CANCELLED");
        assertThat(status(started, 2)).isEqualTo("ENROLLED #1");
        click("cancelled.finish");
        waitForScreen("idle");

        click("idle.start");
        click("home.mine");
        click("card.1");
        waitForScreen("identify.news");
        Poll.until(() -> showing("news.0"), "the news");
        boolean told = GuiActionRunner.execute(() -> {
            for (int i = 0; i < 5; i++) {
                var found = window.robot().finder().findAll(window.target(), new org.assertj.swing.core.GenericTypeMatcher<>(
                        javax.swing.text.JTextComponent.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.text.JTextComponent c) {
                        return c.getName() != null && c.getName().startsWith("news.") && c.getText().contains("자리가 나서 등록");
                    }
                });
                if (!found.isEmpty()) {
                    return true;
                }
            }
            return false;
        });
        assertThat(told).isTrue();
    }

    @Test
    void theLearningHistoryListsEveryCourseAndPrintsAsACertificateAfterThePin() throws Exception {
        click("idle.start");
        click("home.courses");
        click("courses.toMine");
        identifyWith("card.0");
        waitForScreen("courses.mine");
        click("mine.history");
        waitForScreen("courses.history");
        // 김영희's demo record: three finished courses (two completed) and the one she takes this term
        Poll.until(() -> showing("history.title.0"), "the history");
        assertThat(text("courses.history.hint")).contains("수료 2개");
        click("history.print");
        // the card is in already: straight to the PIN, then to the learning history's options
        waitForScreen("documents.pin");
        for (char c : "1234".toCharArray()) {
            click("pin.digit." + c);
        }
        click("pin.ok");
        waitForScreen("documents.options");
        click("documents.preview");
        waitForScreen("documents.preview");
        click("documents.issue");
        waitForScreen("documents.issued");
        var issue = fixture.services.documents().orElseThrow().issuing().recent(1).get(0);
        assertThat(issue.typeCode()).isEqualTo("learning-history");
        assertThat(issue.printState()).isEqualTo("PRINTED");
    }

    @Test
    void theListIsNarrowedByChoicesAndByAWordTypedOnTheKoreanKeyboard() {
        course("T-ONE", 10, 0, LocalDate.of(2027, 1, 4));
        fixture.site.database.jdbi().useHandle(h -> h.execute("UPDATE course SET title_ko = '요가 교실 입문' WHERE code = 'T-ONE'"));
        click("idle.start");
        click("home.courses");
        waitForScreen("courses.list");
        click("courses.narrow");
        waitForScreen("courses.filter");
        click("filter.weekday.1");
        for (String key : new String[] {"ㅇ", "ㅛ", "ㄱ", "ㅏ"}) {
            click("search.keyboard.key." + key);
        }
        Poll.until(() -> text("search.keyboard.text").equals("요가"), "the word");
        click("filter.show");
        waitForScreen("courses.list");
        Poll.until(() -> showing("course.T-ONE"), "the course found");
        assertThat(text("courses.list.hint")).contains("요가").contains("월요일");
        boolean others = GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(),
                new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JButton.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.JButton b) {
                        return b.getName() != null && b.getName().startsWith("course.C");
                    }
                }).isEmpty());
        assertThat(others).as("only courses with the word, on Mondays").isTrue();
    }

    @Test
    void aCourseWishIsWrittenOnTheKoreanKeyboardAndKeptForTheCounter() {
        click("idle.start");
        click("home.courses");
        click("courses.suggest");
        waitForScreen("courses.wish");
        click("wish.send");
        Poll.until(() -> showing("wish.note"), "the missing subject");
        assertThat(text("wish.note")).contains("분야");
        click("wish.topic.DIGITAL");
        click("wish.weekday.2");
        // 사진 보내기: each syllable built from its jamo, a space between the words
        for (String key : new String[] {"ㅅ", "ㅏ", "ㅈ", "ㅣ", "ㄴ"}) {
            click("wish.keyboard.key." + key);
        }
        click("wish.keyboard.space");
        for (String key : new String[] {"ㅂ", "ㅗ", "ㄴ", "ㅐ", "ㄱ", "ㅣ", "ㄱ"}) {
            click("wish.keyboard.key." + key);
        }
        click("wish.keyboard.erase");
        Poll.until(() -> text("wish.keyboard.text").equals("사진 보내기"), "the words as typed");
        click("wish.send");
        waitForScreen("courses.wished");
        assertThat(text("wished.thanks")).contains("디지털");
        var kept = fixture.site.courseWishes().latest("DIGITAL", 1).get(0);
        assertThat(kept.words()).isEqualTo("사진 보내기");
        assertThat(kept.weekday()).contains(2);
        assertThat(kept.residentId()).as("nobody identified: an anonymous wish").isEmpty();
    }

    @Test
    void aCourseReceiptChecksInTodaysClassOnceAtTheCheckInScreen() {
        long seat = seatOfKimYounghee();
        fixture.site.clock.set(LocalDateTime.of(2026, 11, 21, 9, 45));
        click("idle.start");
        click("home.checkin");
        waitForScreen("checkin");
        String code = fixture.site.receipts().courseCode(seat);
        fixture.scanner.scan(code);
        Poll.until(() -> text("checkin.answer").contains("출석이 확인되었습니다"), "the check-in");
        assertThat(text("checkin.answer")).contains("스마트폰 기초").contains("10회 중 1회차").contains("디지털 배움터");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = " + seat)).isEqualTo(1);

        fixture.scanner.scan(code);
        Poll.until(() -> text("checkin.answer").contains("이미 출석 확인"), "the second scan");
        assertThat(fixture.site.count("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = " + seat)).isEqualTo(1);

        fixture.scanner.scan(code.substring(0, code.length() - 3) + "AAA");
        Poll.until(() -> text("checkin.answer").contains("강좌 영수증 코드가 아닙니다"), "a forged code refused");
    }
}
