package org.madang.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.madang.core.resident.Rrn;
import org.madang.core.testing.TestSite;

class DemoSeederTest {

    @Test
    void sameSeedAndDayGiveTheSameSite() {
        try (TestSite a = TestSite.seeded(TestSite.tempRoot()); TestSite b = TestSite.seeded(TestSite.tempRoot())) {
            String digest = "SELECT SUM(slot_id * 31 + resident_id * 7 + party + fee) FROM booking";
            assertThat(a.count(digest)).isEqualTo(b.count(digest));
            assertThat(a.count("SELECT COUNT(*) FROM booking")).isEqualTo(b.count("SELECT COUNT(*) FROM booking")).isPositive();
        }
    }

    @Test
    void aCountyOfThreeCentresDealsFacilitiesAndCoursesAndGivesEachItsQueueAndStaff() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            site.seeder().seed(DemoScale.SMALL, 7, "마당군", java.util.List.of(new org.madang.core.county.Centre("haneul", "하늘면 행정복지센터"),
                    new org.madang.core.county.Centre("byeol", "별면 행정복지센터")));
            assertThat(new org.madang.core.county.Centres(site.database.jdbi()).all()).containsOnlyKeys("main", "haneul", "byeol");
            assertThat(site.count("SELECT COUNT(*) FROM facility")).isEqualTo(11);
            for (String centre : new String[] {"main", "haneul", "byeol"}) {
                assertThat(site.count("SELECT COUNT(*) FROM facility WHERE site = '" + centre + "'")).as(centre).isBetween(3L, 4L);
                assertThat(site.count("SELECT COUNT(*) FROM course WHERE site = '" + centre + "'")).as(centre).isPositive();
                assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE site = '" + centre + "'")).as(centre).isPositive();
                assertThat(site.count("SELECT COUNT(*) FROM clerk WHERE site = '" + centre + "'")).as(centre).isEqualTo(8);
            }
            assertThat(site.count("SELECT COUNT(*) FROM clerk WHERE login = 'clerk1.haneul' AND site = 'haneul'")).isEqualTo(1);
            assertThat(site.count("SELECT COUNT(*) FROM notice WHERE site IS NOT NULL")).isZero();
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CentreRegistered'")).isEqualTo(2);
            assertThat(site.events().verify().intact()).isTrue();
        }
    }

    @Test
    void seedsEveryKindOfRecordWithConsistentCounts() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            assertThat(site.count("SELECT COUNT(*) FROM facility")).isEqualTo(11);
            assertThat(site.count("SELECT COUNT(DISTINCT category) FROM facility")).isEqualTo(5);
            assertThat(site.count("SELECT COUNT(*) FROM resident")).isEqualTo(DemoScale.SMALL.residents());
            assertThat(site.count("SELECT COUNT(*) FROM course WHERE status = 'RECRUITING'")).isEqualTo(DemoScale.SMALL.recruiting());
            assertThat(site.count("SELECT COUNT(*) FROM slot s WHERE s.booked <> (SELECT COALESCE(SUM(CASE WHEN f.per_seat "
                    + "THEN b.party ELSE 1 END), 0) FROM booking b JOIN facility f ON f.id = s.facility_id WHERE b.slot_id = s.id)"))
                    .isZero();
            assertThat(site.count("SELECT COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id WHERE b.created_at > s.starts_at")).isZero();
            // of the card holders only 김영희 has bookings: today's next court time and a room in four days, both paid
            assertThat(site.count("SELECT COUNT(*) FROM booking WHERE resident_id BETWEEN 2 AND " + DemoCards.RESIDENTS.size())).isZero();
            assertThat(site.count("SELECT COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id WHERE b.resident_id = 1 "
                    + "AND b.status = 'BOOKED' AND b.payment = 'PAID' AND s.starts_at > TIMESTAMP '" + TestSite.NOW.toString().replace('T', ' ') + "'")).isEqualTo(2);
            assertThat(site.messages().unread(2)).singleElement().extracting(m -> m.messageKey()).isEqualTo("message.lottery.lost");
            assertThat(site.events().verify().intact()).isTrue();
        }
    }

    @Test
    void officersLookAfterThirtyToFiftyResidentsWithMonthsOfSealedHistoryAndRequestsOfToday() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            var loads = site.caseload().officers();
            assertThat(loads).filteredOn(l -> l.role() == org.madang.core.clerk.Role.OFFICER).hasSize(3)
                    .allSatisfy(l -> assertThat(l.residents()).isBetween(30, 50));
            assertThat(site.count("SELECT COUNT(*) FROM care_case")).isBetween(200L, 400L);
            assertThat(site.count("SELECT COUNT(*) FROM care_case WHERE officer IS NULL")).isPositive();
            assertThat(site.count("SELECT COUNT(*) FROM care_case WHERE resident_id = 1 AND officer = '" + DemoSeeder.DEMO_OFFICER_LOGIN + "'"))
                    .isEqualTo(1);
            assertThat(site.count("SELECT COUNT(*) FROM care_consultation")).isGreaterThan(400);
            assertThat(site.count("SELECT COUNT(*) FROM care_followup WHERE done_at IS NULL AND due_on < DATE '2026-11-21'")).isPositive();
            assertThat(site.count("SELECT COUNT(*) FROM care_need WHERE source = 'KIOSK' AND raised_at >= DATE '2026-11-21'")).isPositive();
            var mine = site.caseload().list(DemoSeeder.DEMO_OFFICER_LOGIN, org.madang.core.care.CaseFilter.mine());
            assertThat(mine).anyMatch(r -> r.fresh() > 0);
            assertThat(mine.get(0).fresh()).isPositive();
            var file = (org.madang.core.care.CaseOutcome.Done<org.madang.core.care.CaseFile>) site.cases()
                    .open(mine.get(0).residentId(), DemoSeeder.DEMO_OFFICER_LOGIN, null);
            assertThat(file.value().needs()).allSatisfy(n -> assertThat(n.kind().ko()).isNotEqualTo(n.kindCode()));
            assertThat(file.value().consultations()).isNotEmpty();
        }
    }

    @Test
    void aSiteSeededBeforeOpeningHoldsTheDayBeforesQueueAllServed() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            site.clock.set(TestSite.NOW.withHour(7));
            site.seeder().seed(DemoScale.SMALL, 7, "마당군");
            assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE ticket_day = DATE '2026-11-21'")).isZero();
            assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE ticket_day = DATE '2026-11-20'")).isPositive();
            assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE status <> 'DONE'")).isZero();
            assertThat(site.queue().newest()).hasValueSatisfying(t -> assertThat(t.day()).isEqualTo(java.time.LocalDate.of(2026, 11, 20)));
        }
    }

    @Test
    void demoCardHoldersCanBeFoundByTheirCards() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            for (DemoCards.DemoResident d : DemoCards.RESIDENTS) {
                Rrn rrn = Rrn.parse(d.card().nationalId()).orElseThrow();
                assertThat(site.residents().byRrn(rrn).orElseThrow().name()).isEqualTo(d.name());
            }
        }
    }

    @Test
    void refusesASiteThatAlreadyHoldsData() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            long bookings = site.count("SELECT COUNT(*) FROM booking");
            assertThatThrownBy(() -> site.seeder().seed(DemoScale.SMALL, 1, "마당군")).hasMessageContaining("already holds data");
            assertThat(site.count("SELECT COUNT(*) FROM booking")).isEqualTo(bookings);
        }
    }

    @Test
    void newRowsAfterSeedingGetFreshIdsAndTheirEvents() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            long maxClerk = site.count("SELECT MAX(id) FROM clerk");
            long events = site.events().latestId();
            var added = site.addClerk("new-clerk", "새직원", org.madang.core.clerk.Role.CLERK, "pw-123456");
            assertThat(added.id()).isGreaterThan(maxClerk);
            assertThat(site.events().after(events, 10)).extracting(e -> e.type())
                    .containsExactly("ClerkAdded", "ClerkPasswordChanged");
        }
    }

    @Test
    void anOlderDemoSiteGetsTheStaffItLacksOnceWithTheirEvents() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            site.execute("DELETE FROM clerk WHERE login IN ('lead', 'admin')");
            assertThat(site.seeder().addMissingStaff()).isEqualTo(2);
            assertThat(site.seeder().addMissingStaff()).isZero();
            assertThat(site.clerks().signIn("lead", DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray()))
                    .isInstanceOfSatisfying(org.madang.core.clerk.SignIn.SignedIn.class,
                            s -> assertThat(s.clerk().role()).isEqualTo(org.madang.core.clerk.Role.SUPERVISOR));
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkAdded' AND actor = 'system:demo'")).isEqualTo(2);
        }
    }
}
