package org.madang.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.notice.NoticeDesk;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.terminal.Beat;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.core.testing.TestSite;

/**
 * Two centres of a county in one database (V19; SCALE.md): each keeps its own queue, desks,
 * calls for staff, kiosks and notices, while every centre's facilities are bookable from both.
 * On H2 and, in core's second run, on PostgreSQL.
 */
class CentresTest {
    private final java.nio.file.Path root = TestSite.tempRoot();
    private final TestSite west = TestSite.seeded(root);
    private final TestSite east = TestSite.open(root, new Terminal("east-kiosk-1", "east"));

    @AfterEach
    void close() {
        east.close();
        west.close();
    }

    private static Beat beat() {
        return new Beat(TerminalKind.KIOSK, "home", "ko", SessionState.IDLE, Map.of(), List.of(), "0.1.0", 20_000, Optional.empty(),
                Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void eachCentreNumbersAndCallsItsOwnTickets() {
        QueueLine civil = east.queue().lines().get(0);
        long westBefore = west.queue().today(civil.id()).size();
        var first = east.queue().take(civil.id(), null);
        assertThat(first.ticket().number()).isEqualTo(1);
        assertThat(first.ahead()).isZero();
        assertThat(east.queue().today(civil.id())).hasSize(1);
        assertThat(west.queue().today(civil.id())).hasSize((int) westBefore);

        CounterQueue.Desk westDesk = new CounterQueue.Desk("counter-1", 1, List.of(civil.id()));
        assertThat(west.counterQueue().waiting(westDesk)).noneMatch(t -> t.id() == first.ticket().id());
        CounterQueue.Desk eastDesk = new CounterQueue.Desk("east-counter-1", 1, List.of(civil.id()));
        assertThat(east.counterQueue().waiting(eastDesk)).extracting(t -> t.id()).containsExactly(first.ticket().id());
        assertThat(west.queue().newest()).isPresent().get().matches(t -> t.id() != first.ticket().id());
    }

    @Test
    void staffCallsKiosksAndNoticesStayWithTheirCentreAndCountyNoticesShowEverywhere() {
        east.staffCalls().call("home");
        assertThat(east.staffCalls().open()).hasSize(1);
        assertThat(west.staffCalls().open()).noneMatch(c -> c.terminalId().equals("east-kiosk-1"));

        east.fleet().beat(beat());
        assertThat(east.fleet().terminals()).extracting(t -> t.terminalId()).containsExactly("east-kiosk-1");
        assertThat(west.fleet().terminals()).noneMatch(t -> t.terminalId().equals("east-kiosk-1"));
        assertThat(west.fleet().lock("east-kiosk-1", "점검", DemoSeeder.DEMO_SUPERVISOR_LOGIN)).isPresent();

        int westNotices = west.notices().current().size();
        NoticeDesk eastDesk = new NoticeDesk(east.database.jdbi(), east.events(), east.clock);
        assertThat(eastDesk.save(new NoticeDesk.Draft(Optional.empty(), "동부 센터 휴관", "East centre closed", "내일 휴관합니다.", "",
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30)), DemoSeeder.DEMO_ADMIN_LOGIN)).isEmpty();
        assertThat(east.notices().current()).extracting(n -> n.title().ko()).contains("동부 센터 휴관");
        assertThat(west.notices().current()).hasSize(westNotices);
        east.execute("INSERT INTO notice (site, title_ko, title_en, body_ko, body_en, valid_from, valid_until, likes, created_at) "
                + "VALUES (NULL, '군 전체 안내', 'County notice', '', '', DATE '2026-11-01', DATE '2026-12-31', 0, TIMESTAMP '2026-11-01 09:00:00')");
        assertThat(west.notices().current()).extracting(n -> n.title().ko()).contains("군 전체 안내");
        assertThat(east.notices().current()).extracting(n -> n.title().ko()).contains("군 전체 안내", "동부 센터 휴관");
    }

    @Test
    void aCentresAdministratorLooksAfterTheCentresAccountsAndTheCountysAdministratorAfterEvery() {
        west.staff("root=ADMIN", "desk=CLERK");
        for (String[] a : new String[][] {{"'east'", "eastroot", "ADMIN"}, {"'east'", "eastdesk", "CLERK"}, {"NULL", "countyroot", "ADMIN"}}) {
            east.execute("INSERT INTO clerk (site, login, name, password_hash, active, created_at, role) VALUES (" + a[0] + ", '" + a[1]
                    + "', '" + a[1] + "', 'x', TRUE, TIMESTAMP '2026-11-01 09:00:00', '" + a[2] + "')");
        }
        var atEast = east.clerkAccounts();
        assertThat(atEast.list("eastroot")).extracting(org.madang.core.clerk.ClerkAccount::login).containsExactly("eastdesk", "eastroot");
        long events = east.events().latestId();
        var other = atEast.resetPassword("desk", "eastroot");
        assertThat(other).isInstanceOf(org.madang.core.clerk.ClerkAccounts.Outcome.Refused.class);
        assertThat(((org.madang.core.clerk.ClerkAccounts.Outcome.Refused) other).refusal().messageKey()).isEqualTo("clerk.account.otherCentre");
        assertThat(atEast.setActive("countyroot", false, "eastroot")).isInstanceOf(org.madang.core.clerk.ClerkAccounts.Outcome.Refused.class);
        assertThat(east.events().latestId()).as("nothing changed, nothing written").isEqualTo(events);
        assertThat(atEast.resetPassword("eastdesk", "eastroot")).isInstanceOf(org.madang.core.clerk.ClerkAccounts.Outcome.Done.class);
        // the county's administrator, at any centre's counter
        assertThat(atEast.list("countyroot")).extracting(org.madang.core.clerk.ClerkAccount::login)
                .contains("root", "desk", "eastroot", "eastdesk", "countyroot");
        assertThat(atEast.unlock("desk", "countyroot")).isInstanceOf(org.madang.core.clerk.ClerkAccounts.Outcome.Done.class);
        // the county's administrator makes the county's staff and another centre's; a centre's administrator only the centre's
        assertThat(atEast.places("eastroot")).isEmpty();
        var places = atEast.places("countyroot");
        assertThat(places.get(0).centre()).isEqualTo("east");
        assertThat(places).extracting(org.madang.core.clerk.ClerkAccounts.Place::centre).contains("main").containsNull();
        var county = places.get(places.size() - 1);
        assertThat(atEast.create("supervisor.gun", "군 감독", org.madang.core.clerk.Role.SUPERVISOR, "countyroot", county))
                .isInstanceOfSatisfying(org.madang.core.clerk.ClerkAccounts.Outcome.Done.class, d -> assertThat(d.account().centre()).isNull());
        assertThat(atEast.create("westdesk2", "서부 창구", org.madang.core.clerk.Role.CLERK, "countyroot",
                new org.madang.core.clerk.ClerkAccounts.Place("main", null)))
                .isInstanceOfSatisfying(org.madang.core.clerk.ClerkAccounts.Outcome.Done.class, d -> assertThat(d.account().centre()).isEqualTo("main"));
        var refused = atEast.create("sneaky", "누구", org.madang.core.clerk.Role.ADMIN, "eastroot", county);
        assertThat(((org.madang.core.clerk.ClerkAccounts.Outcome.Refused) refused).refusal().messageKey()).isEqualTo("clerk.account.countyOnly");
        var nowhere = atEast.create("lost", "누구", org.madang.core.clerk.Role.CLERK, "countyroot",
                new org.madang.core.clerk.ClerkAccounts.Place("atlantis", null));
        assertThat(((org.madang.core.clerk.ClerkAccounts.Outcome.Refused) nowhere).refusal().messageKey()).isEqualTo("clerk.account.noCentre");
        assertThat(atEast.create("eastdesk2", "동부 창구", org.madang.core.clerk.Role.CLERK, "eastroot"))
                .isInstanceOfSatisfying(org.madang.core.clerk.ClerkAccounts.Outcome.Done.class, d -> assertThat(d.account().centre()).isEqualTo("east"));
    }

    @Test
    void aFacilityOfOneCentreIsInTheCountyCatalogueOfEvery() {
        var saved = new FacilityCatalogue(east.database.jdbi(), east.events(), east.clock).save(new FacilityCatalogue.Draft(Optional.empty(),
                "east-gym", FacilityCategory.SPORTS, "동부 체육관", "East gym", "", "", "동부 센터 1층", "East centre, ground floor", 1, false, 3000,
                LocalTime.of(9, 0), LocalTime.of(18, 0), 60, false, "", ""), DemoSeeder.DEMO_ADMIN_LOGIN);
        assertThat(saved).isInstanceOf(FacilityCatalogue.Outcome.Saved.class);
        assertThat(west.facilities().all()).filteredOn(f -> f.code().equals("east-gym")).singleElement()
                .satisfies(f -> assertThat(f.centre()).isEqualTo(new Centre("east", "센터 east")));
        assertThat(west.facilities().all()).filteredOn(f -> !f.code().equals("east-gym")).allMatch(f -> f.centre().code().equals("main"));
        var westGym = west.facilities().all().get(0);
        var edit = new FacilityCatalogue(east.database.jdbi(), east.events(), east.clock).save(FacilityCatalogue.Draft.of(westGym),
                DemoSeeder.DEMO_ADMIN_LOGIN);
        assertThat(edit).isInstanceOf(FacilityCatalogue.Outcome.Invalid.class);
        assertThat(((FacilityCatalogue.Outcome.Invalid) edit).fields().get("code").messageKey()).isEqualTo("counter.facility.otherCentre");
        // each centre's administrator lists the centre's own, to change
        assertThat(new FacilityCatalogue(east.database.jdbi(), east.events(), east.clock).all()).extracting(f -> f.code())
                .containsExactly("east-gym");
        assertThat(new FacilityCatalogue(west.database.jdbi(), west.events(), west.clock).all()).extracting(f -> f.code())
                .doesNotContain("east-gym").hasSize(west.facilities().all().size() - 1);
    }

    private static java.util.List<java.util.List<Object>> rows(org.madang.core.report.SiteReport report, String title) {
        return report.tables().stream().filter(t -> t.titleKey().equals(title)).findFirst().orElseThrow().rows();
    }

    private static org.madang.core.report.SiteReport report(TestSite at, org.madang.core.report.ReportScope scope) {
        return new org.madang.core.report.SiteReports(at.database.jdbi(), at.fleet(), at.satisfaction(), at.clock, "보고서",
                org.madang.core.report.PracticeAttendance.Source.NONE, scope).make(
                org.madang.core.report.Period.month(java.time.YearMonth.of(2026, 11)), "ko");
    }

    @Test
    void aCentresReportCountsItsOwnRowsAndTheCountysEveryCentres() {
        new FacilityCatalogue(east.database.jdbi(), east.events(), east.clock).save(new FacilityCatalogue.Draft(Optional.empty(),
                "east-gym", FacilityCategory.SPORTS, "동부 체육관", "East gym", "", "", "", "", 1, false, 3000,
                LocalTime.of(9, 0), LocalTime.of(18, 0), 60, false, "", ""), DemoSeeder.DEMO_ADMIN_LOGIN);
        east.queue().take(east.queue().lines().get(0).id(), null);
        var eastOnly = report(east, org.madang.core.report.ReportScope.centre("east"));
        assertThat(rows(eastOnly, "counter.report.facilities")).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("동부 체육관"));
        assertThat(rows(eastOnly, "counter.report.queue")).singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo(1L));
        assertThat(rows(eastOnly, "counter.report.courses")).isEmpty();
        var westOnly = report(west, org.madang.core.report.ReportScope.centre("main"));
        var county = report(west, org.madang.core.report.ReportScope.county());
        assertThat(rows(westOnly, "counter.report.facilities")).hasSize(11);
        assertThat(rows(county, "counter.report.facilities")).hasSize(12);
        assertThat(rows(county, "counter.report.courses")).hasSameSizeAs(rows(westOnly, "counter.report.courses")).isNotEmpty();
    }

    @Test
    void aClerkSignsInAtTheirOwnCentreAndTheCountysStaffAtAny() {
        char[] password = DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray();
        assertThat(west.clerks().signIn(DemoSeeder.DEMO_CLERK_LOGIN, password.clone()))
                .isInstanceOf(org.madang.core.clerk.SignIn.SignedIn.class);
        assertThat(east.clerks().signIn(DemoSeeder.DEMO_CLERK_LOGIN, password.clone()))
                .isEqualTo(new org.madang.core.clerk.SignIn.OtherCentre("main"));
        west.execute("UPDATE clerk SET site = NULL WHERE login = '" + DemoSeeder.DEMO_SUPERVISOR_LOGIN + "'");
        assertThat(east.clerks().signIn(DemoSeeder.DEMO_SUPERVISOR_LOGIN, password.clone()))
                .isInstanceOf(org.madang.core.clerk.SignIn.SignedIn.class);
    }

    @Test
    void aCentreIsMadeKnownOnceWithItsEventKeepsItsNameAndATerminalIdIsOneCentres() {
        Centres centres = new Centres(west.database.jdbi());
        assertThat(centres.all()).containsEntry("east", "센터 east").containsEntry("main", "main");
        long before = west.events().head().lastId();
        centres.register(east.events(), "센터 east");
        centres.register(east.events(), "다른 이름");
        assertThat(centres.name("east")).contains("센터 east");
        assertThat(west.events().head().lastId()).isEqualTo(before);
        centres.register(west.events(), "서부 행정복지센터");
        assertThat(centres.name("main")).contains("서부 행정복지센터");
        assertThat(west.events().after(before, 10)).extracting(e -> e.type()).containsExactly(EventType.CENTRE_REGISTERED.wireName());

        east.fleet().beat(beat());
        try (TestSite impostor = TestSite.open(root, new Terminal("kiosk-test", "south"))) {
            west.fleet().beat(beat());
            assertThatThrownBy(() -> centres.register(impostor.events(), "남부"))
                    .isInstanceOf(Centres.TerminalOfAnotherCentre.class)
                    .hasMessageContaining("terminal.id kiosk-test is already a terminal of centre main");
        }
    }
}
