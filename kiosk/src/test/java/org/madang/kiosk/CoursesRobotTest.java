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
        long course = fixture.site.database.jdbi().withHandle(h -> h.createUpdate("INSERT INTO course (code, title_ko, title_en, category, "
                        + "age_group, term, starts_on, ends_on, weekday, start_time, minutes, capacity, fee, instructor, status, residents_only, "
                        + "lottery, place_ko, place_en, enrol_from, enrol_until, sessions) VALUES ('T-SMART', '스마트폰 기초', 'Smartphone basics', "
                        + "'DIGITAL', 'SENIOR', 'TEST', :start, :ends, 6, TIME '10:00:00', 120, 10, 0, '김선희', 'RECRUITING', FALSE, FALSE, "
                        + "'평생학습관 디지털 배움터', 'Learning centre, digital room', TIMESTAMP '2026-11-01 09:00:00', TIMESTAMP '2026-11-20 18:00:00', 10)")
                .bind("start", LocalDate.of(2026, 11, 21)).bind("ends", LocalDate.of(2027, 1, 29))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        fixture.site.clock.set(LocalDateTime.of(2026, 11, 19, 10, 0));
        EnrolOutcome o = fixture.site.courses().enrol(course, fixture.site.residents().byId(1).orElseThrow(), Channel.COUNTER, "test");
        return ((EnrolOutcome.Enrolled) o).enrolment().id();
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
