package org.madang.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.testing.TestSite;

/**
 * A welfare consultation asked for at the kiosk or by phone lands in the resident's case as an
 * open need, on their officer's list (the welfare team's without one), once however often it is
 * asked, with a callback half-day or a ticket for the welfare counter — and nothing of its topic
 * in the audit trail.
 */
class WelfareRequestsTest {
    private TestSite site;
    private WelfareRequests requests;
    private long resident;

    @BeforeEach
    void open() {
        site = TestSite.empty(TestSite.tempRoot());
        site.staff("off1=OFFICER", "wel=WELFARE", "sup=SUPERVISOR", "cl=CLERK", "adm=ADMIN");
        site.execute("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, phone, address, county_resident, created_at) "
                + "VALUES ('한마음', DATE '1948-02-03', 'F', 'h1', 'c1', '010-2222-3333', '마당군 솔빛면 들꽃로 3', TRUE, TIMESTAMP '2020-01-01 00:00:00')");
        site.execute("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, phone, address, county_resident, created_at) "
                + "VALUES ('전화없음', DATE '1950-02-03', 'M', 'h2', 'c2', NULL, '마당군 느티면 장터길 9', TRUE, TIMESTAMP '2020-01-01 00:00:00')");
        site.execute("INSERT INTO queue_service (code, prefix, name_ko, name_en, minutes_per_ticket) VALUES ('welfare', 'B', '복지 상담', "
                + "'Welfare consultation', 15)");
        resident = site.count("SELECT MIN(id) FROM resident");
        requests = site.welfareRequests();
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void callbackHalfDaysAreWeekdayMorningsAndAfternoonsAnHourAheadAtLeast() {
        // Saturday 21 November 2026, 10:00: Monday and Tuesday
        assertThat(WelfareRequests.windows(TestSite.NOW)).extracting(CallbackWindow::from).containsExactly(
                LocalDateTime.of(2026, 11, 23, 9, 0), LocalDateTime.of(2026, 11, 23, 14, 0), LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(WelfareRequests.windows(LocalDateTime.of(2026, 11, 23, 8, 30))).first()
                .isEqualTo(new CallbackWindow(LocalDateTime.of(2026, 11, 23, 14, 0), LocalDateTime.of(2026, 11, 23, 18, 0)));
        assertThat(WelfareRequests.maskPhone("010-2222-3333")).isEqualTo("010-****-3333");
    }

    @Test
    void aKioskRequestOpensANeedOnTheWelfareTeamsListOnceWithNothingOfItsTopicLogged() {
        CallbackWindow monday = requests.windows().get(0);
        var first = requests.request(resident, "HOUSING", Optional.of(monday), NeedSource.KIOSK, "resident:" + resident);
        assertThat(first).isInstanceOfSatisfying(WelfareRequests.Outcome.Received.class, r -> {
            assertThat(r.callback()).contains(monday);
            assertThat(r.maskedPhone()).isEqualTo("010-****-3333");
            assertThat(r.again()).isFalse();
        });
        var twice = requests.request(resident, "HOUSING", Optional.of(monday), NeedSource.KIOSK, "resident:" + resident);
        assertThat(twice).isInstanceOfSatisfying(WelfareRequests.Outcome.Received.class, r -> assertThat(r.again()).isTrue());
        assertThat(site.count("SELECT COUNT(*) FROM care_need")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'WelfareRequested'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE payload LIKE '%HOUSING%'")).isZero();
        List<CaseRow> team = site.caseload().list("wel", new CaseFilter(CaseFilter.Scope.TEAM, null, "", false, false));
        assertThat(team).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("한마음");
            assertThat(row.fresh()).isEqualTo(1);
            assertThat(row.openNeeds()).isEqualTo(1);
            assertThat(row.area()).isEqualTo("솔빛면");
        });
        CaseFile file = ((CaseOutcome.Done<CaseFile>) site.cases().open(resident, "wel", null)).value();
        assertThat(file.needs()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo(NeedSource.KIOSK);
            assertThat(n.kind().ko()).isEqualTo("주거");
            assertThat(n.callbackFrom()).isEqualTo(monday.from());
            assertThat(n.callbackTo()).isEqualTo(monday.to());
        });
    }

    @Test
    void atTheCounterNowGivesAWelfareTicketForTheResidentAndLandsOnTheirOfficersList() {
        site.caseload().assign(List.of(resident), "off1", "sup");
        var received = (WelfareRequests.Outcome.Received) requests.request(resident, "LIVELIHOOD", Optional.empty(), NeedSource.KIOSK,
                "resident:" + resident);
        assertThat(received.ticket()).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo("B001"));
        assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE resident_id = " + resident)).isEqualTo(1);
        var again = (WelfareRequests.Outcome.Received) requests.request(resident, "LIVELIHOOD", Optional.empty(), NeedSource.KIOSK,
                "resident:" + resident);
        assertThat(again.again()).isTrue();
        assertThat(again.ticket()).hasValueSatisfying(t -> assertThat(t.label()).isEqualTo("B001"));
        assertThat(site.count("SELECT COUNT(*) FROM queue_ticket")).isEqualTo(1);
        assertThat(site.caseload().list("off1", CaseFilter.mine())).singleElement().satisfies(row -> assertThat(row.fresh()).isEqualTo(1));
        CaseFile file = ((CaseOutcome.Done<CaseFile>) site.cases().open(resident, "off1", null)).value();
        assertThat(file.needs()).singleElement().satisfies(n -> assertThat(n.ticket()).isEqualTo("B001"));
    }

    @Test
    void aRequestThatCannotBeHonouredIsRefusedPlainlyAndWritesNothing() {
        long noPhone = resident + 1;
        CallbackWindow window = requests.windows().get(0);
        assertThat(requests.request(noPhone, "HEALTH", Optional.of(window), NeedSource.KIOSK, "resident:" + noPhone))
                .isEqualTo(new WelfareRequests.Outcome.Refused(Refusal.of("welfare.refused.noPhone")));
        assertThat(requests.request(resident, "NOPE", Optional.of(window), NeedSource.KIOSK, "resident:" + resident))
                .isEqualTo(new WelfareRequests.Outcome.Refused(Refusal.of("welfare.refused.topic")));
        CallbackWindow stale = new CallbackWindow(TestSite.NOW.minusDays(1), TestSite.NOW.minusDays(1).plusHours(3));
        assertThat(requests.request(resident, "HEALTH", Optional.of(stale), NeedSource.KIOSK, "resident:" + resident))
                .isEqualTo(new WelfareRequests.Outcome.Refused(Refusal.of("welfare.refused.window")));
        assertThat(requests.request(resident, "HEALTH", Optional.of(window), NeedSource.PHONE, "clerk:adm"))
                .isInstanceOf(WelfareRequests.Outcome.Refused.class);
        assertThat(site.count("SELECT COUNT(*) FROM care_need")).isZero();
        site.execute("UPDATE queue_service SET active = FALSE WHERE code = 'welfare'");
        assertThat(requests.request(noPhone, "HEALTH", Optional.empty(), NeedSource.KIOSK, "resident:" + noPhone))
                .isEqualTo(new WelfareRequests.Outcome.Refused(Refusal.of("welfare.refused.noCounter")));
        assertThat(site.count("SELECT COUNT(*) FROM care_need")).isZero();
    }

    @Test
    void aClerkTakesAPhoneRequestForAResident() {
        var received = requests.request(resident, "CARE", Optional.of(requests.windows().get(1)), NeedSource.PHONE, "clerk:cl");
        assertThat(received).isInstanceOf(WelfareRequests.Outcome.Received.class);
        assertThat(site.count("SELECT COUNT(*) FROM care_need WHERE source = 'PHONE' AND raised_by = 'clerk:cl'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'WelfareRequested' AND actor = 'clerk:cl'")).isEqualTo(1);
    }
}
