package org.madang.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.report.ReportTable.Minutes;
import org.madang.core.report.ReportTable.Share;
import org.madang.core.report.ReportTable.Word;
import org.madang.core.testing.TestSite;

/** A month's report over a small site whose every figure was counted by hand (see each comment). */
class SiteReportsTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    private SiteReports reports() {
        return new SiteReports(site.database.jdbi(), site.fleet(), site.satisfaction(), site.clock, "시험 센터");
    }

    private void fixture() {
        for (int r = 1; r <= 6; r++) {
            site.execute("INSERT INTO resident (id, name, birth_date, sex, rrn_hash, rrn_cipher, address, county_resident, created_at) "
                    + "VALUES (" + r + ", '주민" + r + "', DATE '1950-01-01', 'F', 'h" + r + "', 'c', '주소', TRUE, TIMESTAMP '2026-01-01 09:00:00')");
        }
        String facility = "INSERT INTO facility (site, id, code, category, name_ko, name_en, summary_ko, summary_en, location_ko, location_en, capacity, "
                + "per_seat, fee, opens_at, closes_at, slot_minutes, popular) VALUES ";
        site.execute(facility + "('main', 901, 'tennis', 'SPORTS', '테니스장', 'Tennis court', '', '', '', '', 1, FALSE, 3000, TIME '09:00:00', "
                + "TIME '18:00:00', 60, FALSE)");
        site.execute(facility + "('main', 902, 'hall', 'ROOM', '강당', 'Hall', '', '', '', '', 10, TRUE, 0, TIME '09:00:00', TIME '18:00:00', 60, FALSE)");
        String slot = "INSERT INTO slot (id, facility_id, slot_day, starts_at, ends_at, capacity, booked) VALUES ";
        // Monday 2 November and Tuesday 3 November; one slot in December, outside the month
        site.execute(slot + "(1, 901, DATE '2026-11-02', TIMESTAMP '2026-11-02 10:00:00', TIMESTAMP '2026-11-02 11:00:00', 1, 1)");
        site.execute(slot + "(2, 901, DATE '2026-11-02', TIMESTAMP '2026-11-02 11:00:00', TIMESTAMP '2026-11-02 12:00:00', 1, 0)");
        site.execute(slot + "(3, 901, DATE '2026-11-03', TIMESTAMP '2026-11-03 10:00:00', TIMESTAMP '2026-11-03 11:00:00', 1, 1)");
        site.execute(slot + "(4, 902, DATE '2026-11-02', TIMESTAMP '2026-11-02 10:00:00', TIMESTAMP '2026-11-02 11:00:00', 10, 4)");
        site.execute(slot + "(5, 901, DATE '2026-12-01', TIMESTAMP '2026-12-01 10:00:00', TIMESTAMP '2026-12-01 11:00:00', 1, 1)");
        String booking = "INSERT INTO booking (slot_id, resident_id, party, fee, status, payment, channel, terminal_id, created_at) VALUES ";
        site.execute(booking + "(1, 1, 1, 3000, 'BOOKED', 'UNPAID', 'KIOSK', 'k', TIMESTAMP '2026-11-01 09:00:00')");
        site.execute(booking + "(2, 1, 1, 3000, 'CANCELLED', 'UNPAID', 'KIOSK', 'k', TIMESTAMP '2026-11-01 09:00:00')");
        site.execute(booking + "(3, 2, 1, 3000, 'NO_SHOW', 'UNPAID', 'KIOSK', 'k', TIMESTAMP '2026-11-01 09:00:00')");
        site.execute(booking + "(4, 2, 4, 0, 'CHECKED_IN', 'UNPAID', 'COUNTER', 'c', TIMESTAMP '2026-11-01 09:00:00')");
        site.execute(booking + "(5, 3, 1, 3000, 'BOOKED', 'UNPAID', 'KIOSK', 'k', TIMESTAMP '2026-11-20 09:00:00')");
        site.execute("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (2, TIMESTAMP '2026-11-05 00:00:00', TIMESTAMP '2026-12-05 00:00:00')");
        site.execute("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (3, TIMESTAMP '2026-10-05 00:00:00', TIMESTAMP '2026-11-05 00:00:00')");
        String pay = "INSERT INTO payment (site, resident_id, item_kind, item_id, fee, amount, method, paid_at, clerk, terminal_id, refunded, refunded_at) VALUES ";
        site.execute(pay + "('main', 1, 'BOOKING', 1, 3000, 3000, 'CASH', TIMESTAMP '2026-11-02 09:00:00', 'c', 't', 0, NULL)");
        site.execute(pay + "('main', 1, 'BOOKING', 2, 2000, 2000, 'CASH', TIMESTAMP '2026-11-03 09:00:00', 'c', 't', 0, NULL)");
        site.execute(pay + "('main', 2, 'COURSE', 1, 5000, 5000, 'CARD', TIMESTAMP '2026-11-04 09:00:00', 'c', 't', 5000, TIMESTAMP '2026-11-10 09:00:00')");
        site.execute(pay + "('main', 2, 'COURSE', 2, 5000, 5000, 'TRANSFER', TIMESTAMP '2026-10-04 09:00:00', 'c', 't', 0, NULL)");
        String course = "INSERT INTO course (site, id, code, title_ko, title_en, category, age_group, term, starts_on, ends_on, weekday, start_time, minutes, "
                + "capacity, fee, instructor, status, residents_only, lottery, enrolled) VALUES ";
        site.execute(course + "('main', 1, 'c1', '스마트폰 기초', 'Smartphone basics', 'DIGITAL', 'SENIOR', '2026-2', DATE '2026-09-01', DATE '2026-11-30', 2, "
                + "TIME '10:00:00', 90, 20, 0, '강사', 'RUNNING', FALSE, FALSE, 15)");
        site.execute(course + "('main', 2, 'c2', '봄 요가', 'Spring yoga', 'HEALTH', 'ADULT', '2026-1', DATE '2026-03-01', DATE '2026-05-31', 2, "
                + "TIME '10:00:00', 90, 20, 0, '강사', 'CLOSED', FALSE, FALSE, 20)");
        String[] statuses = {"WAITING", "WAITING", "COMPLETED", "COMPLETED", "COMPLETED", "NOT_COMPLETED"};
        for (int r = 1; r <= 6; r++) {
            site.execute("INSERT INTO course_enrolment (course_id, resident_id, status, fee, fee_basis, channel, terminal_id, created_at) "
                    + "VALUES (1, " + r + ", '" + statuses[r - 1] + "', 0, 'FULL', 'KIOSK', 'k', TIMESTAMP '2026-08-20 09:00:00')");
        }
        site.execute("INSERT INTO document_type (code, name_ko, name_en, kiosk_fee, counter_fee, kiosk_issuable, sort_order) "
                + "VALUES ('t-a', '주민등록표 등본', 'Resident registration copy', 0, 400, TRUE, 1)");
        String[][] issues = {{"KIOSK", "2026-11-02"}, {"KIOSK", "2026-11-03"}, {"COUNTER", "2026-11-04"}, {"KIOSK", "2026-10-30"}};
        for (int i = 0; i < issues.length; i++) {
            site.execute("INSERT INTO document_issue (site, number, type_code, subject_id, requester_id, options, copies, pages, fee, channel, terminal_id, "
                    + "issued_at, content_hash, content, holder_masked, status, print_state) VALUES ('main', '000000000000000" + i + "', 't-a', 1, 1, '', 1, 1, 0, '"
                    + issues[i][0] + "', 't', TIMESTAMP '" + issues[i][1] + " 09:00:00', 'h', 'c', '김*', 'ISSUED', 'PRINTED')");
        }
        site.execute("INSERT INTO queue_service (id, code, prefix, name_ko, name_en, minutes_per_ticket) VALUES (901, 'civil-x', 'Z', '민원', 'Civil affairs', 5)");
        String[][] tickets = {{"09:00", "09:10", "DONE"}, {"09:30", "09:32", "DONE"}, {"10:00", "10:30", "DONE"}, {"10:05", "10:06", "NO_SHOW"},
                {"10:10", null, "WAITING"}};
        for (int i = 0; i < tickets.length; i++) {
            String called = tickets[i][1] == null ? "NULL" : "TIMESTAMP '2026-11-02 " + tickets[i][1] + ":00'";
            site.execute("INSERT INTO queue_ticket (site, service_id, ticket_day, number, priority, status, issued_at, called_at, terminal_id, queued_at) "
                    + "VALUES ('main', 901, DATE '2026-11-02', " + (i + 1) + ", FALSE, '" + tickets[i][2] + "', TIMESTAMP '2026-11-02 " + tickets[i][0] + ":00', "
                    + called + ", 'k', TIMESTAMP '2026-11-02 " + tickets[i][0] + ":00')");
        }
        site.execute("INSERT INTO terminal_day (terminal_id, on_day, seconds_up, faults) VALUES ('kiosk-1', DATE '2026-11-02', 7200, 1)");
        site.execute("INSERT INTO terminal_day (terminal_id, on_day, seconds_up, faults) VALUES ('kiosk-1', DATE '2026-11-03', 3600, 0)");
        site.execute("INSERT INTO terminal_day (terminal_id, on_day, seconds_up, faults) VALUES ('kiosk-1', DATE '2026-10-03', 3600, 5)");
        String answer = "INSERT INTO satisfaction (site, answer_key, service, rating, terminal_id, language, modes, answered_at) VALUES ";
        site.execute(answer + "('main', 'v1:1', 'BOOKING', 'GOOD', 'k', 'ko', '', TIMESTAMP '2026-11-02 10:00:00')");
        site.execute(answer + "('main', 'v2:1', 'BOOKING', 'POOR', 'k', 'en', '', TIMESTAMP '2026-11-03 10:00:00')");
        site.execute(answer + "('main', 'v3:1', 'BOOKING', 'GOOD', 'k', 'en', '', TIMESTAMP '2026-10-03 10:00:00')");
    }

    private static List<Object> row(SiteReport report, String table, int row) {
        return report.table(table).orElseThrow().rows().get(row);
    }

    @Test
    void aMonthIsCountedAsByHand() {
        fixture();
        List<Integer> progress = new ArrayList<>();
        SiteReport november = reports().make(Period.month(YearMonth.of(2026, 11)), "ko", progress::add, () -> false);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(november.period().label()).isEqualTo("2026-11");
        // tennis: bookings kept or missed 2 (booked, no-show), 1 cancelled, 1 no-show, none checked in, 2 of 3 slots taken
        assertThat(row(november, "counter.report.facilities", 0)).containsExactly("테니스장", 3L, 2L, 1L, 1L, 0L, new Share(2, 3));
        assertThat(row(november, "counter.report.facilities", 1)).containsExactly("강당", 1L, 1L, 0L, 0L, 1L, new Share(4, 10));
        // Monday 10:00: 1 + 4 of 1 + 10; Monday 11:00: none of 1; Tuesday 10:00: 1 of 1; nothing offered on Wednesday
        SiteReport.HeatMap heat = november.heat();
        assertThat(heat.firstHour()).isEqualTo(10);
        assertThat(heat.lastHour()).isEqualTo(11);
        assertThat(heat.at(1, 10)).isEqualTo(45);
        assertThat(heat.at(1, 11)).isZero();
        assertThat(heat.at(2, 10)).isEqualTo(100);
        assertThat(heat.at(3, 10)).isEqualTo(-1);
        // cash twice, a card payment refunded in full; October's transfer is not November's
        assertThat(row(november, "counter.report.money", 0)).containsExactly(new Word("payment.method.cash"), 2L, 5000L, 0L, 0L);
        assertThat(row(november, "counter.report.money", 1)).containsExactly(new Word("payment.method.card"), 1L, 5000L, 1L, 5000L);
        assertThat(row(november, "counter.report.money", 2)).containsExactly(new Word("payment.method.transfer"), 0L, 0L, 0L, 0L);
        // the autumn course only: 15 of 20, 2 waiting, 3 of 4 finished completed
        assertThat(november.table("counter.report.courses").orElseThrow().rows()).hasSize(1);
        assertThat(row(november, "counter.report.courses", 0)).containsExactly("스마트폰 기초", 20L, 15L, new Share(15, 20), 2L, new Share(3, 4));
        assertThat(row(november, "counter.report.documents", 0)).containsExactly("주민등록표 등본", 2L, 1L, 3L, new Share(2, 3));
        // waits 10, 2, 30 and 1 minutes (the waiting ticket not yet): p50 2, p90 30
        assertThat(row(november, "counter.report.queue", 0)).containsExactly("민원", 5L, 4L, new Minutes(2), new Minutes(30), 1L);
        assertThat(november.table("counter.report.queueHours").orElseThrow().rows()).containsExactly(
                List.of("09:00", 2L, new Minutes(2), new Minutes(10)), List.of("10:00", 2L, new Minutes(1), new Minutes(30)));
        assertThat(row(november, "counter.report.kiosks", 0)).containsExactly("kiosk-1", new Minutes(3), 2L, 1L);
        assertThat(row(november, "counter.report.satisfaction", 0))
                .containsExactly(new Word("counter.satisfaction.service.booking"), 1L, 0L, 1L, 2L, new Share(1, 2));
        List<List<Object>> summary = november.table("counter.report.summary").orElseThrow().rows();
        assertThat(summary).contains(List.of(new Word("counter.report.sum.bookings"), 3L), List.of(new Word("counter.report.sum.utilisation"),
                new Share(6, 13)), List.of(new Word("counter.report.sum.bans"), 1L), List.of(new Word("counter.report.sum.revenue"), 10_000L),
                List.of(new Word("counter.report.sum.refunded"), 5000L), List.of(new Word("counter.report.sum.documents"), 3L),
                List.of(new Word("counter.report.sum.tickets"), 5L), List.of(new Word("counter.report.sum.waitP90"), new Minutes(30)));
    }

    @Test
    void namesAreInTheReportsLanguageAndADayIsItsOwnPeriod() {
        fixture();
        SiteReport day = reports().make(Period.day(LocalDate.of(2026, 11, 3)), "en");
        assertThat(day.period().label()).isEqualTo("2026-11-03");
        assertThat(row(day, "counter.report.facilities", 0)).containsExactly("Tennis court", 1L, 1L, 0L, 1L, 0L, new Share(1, 1));
        assertThat(row(day, "counter.report.documents", 0)).containsExactly("Resident registration copy", 1L, 0L, 1L, new Share(1, 1));
        assertThat(day.table("counter.report.queue").orElseThrow().rows()).isEmpty();
    }

    @Test
    void aCancelledReportStopsAndABadPeriodIsRefused() {
        fixture();
        int[] asked = {0};
        assertThatThrownBy(() -> reports().make(Period.month(YearMonth.of(2026, 11)), "ko", done -> { }, () -> ++asked[0] > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(asked[0]).isEqualTo(3);
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1))).hasMessageContaining("before its first");
        assertThatThrownBy(() -> new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 1))).hasMessageContaining("at most 366");
    }
}
