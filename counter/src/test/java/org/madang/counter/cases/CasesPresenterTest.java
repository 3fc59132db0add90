package org.madang.counter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.care.CaseChange;
import org.madang.core.care.CaseFile;
import org.madang.core.care.CaseFilter;
import org.madang.core.care.CaseRead;
import org.madang.core.care.CaseRow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.Channel;
import org.madang.core.care.NeedSource;
import org.madang.core.care.OfficerLoad;
import org.madang.core.care.WelfareRequests;
import org.madang.core.clerk.Clerk;
import org.madang.core.clerk.SignIn;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** The Cases workspace's presenter on a real demo site, without a window. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CasesPresenterTest {

    static final class Seen implements CasesView {
        final List<String> said = new ArrayList<>();
        List<CaseRow> rows = List.of();
        List<OfficerLoad> officers = List.of();
        Map<String, Integer> areas = Map.of();
        Optional<OfficerLoad> load = Optional.empty();
        CaseFile file;
        List<CaseChange> changes = List.of();
        List<CaseRead> reads = List.of();
        Map<String, Refusal> invalid = Map.of();
        long askedReasonFor;

        @Override
        public void showChoices(List<OfficerLoad> shownOfficers, Map<String, Integer> shownAreas, List<CatalogueEntry> needKinds,
                                List<CatalogueEntry> services) {
            officers = shownOfficers;
            areas = shownAreas;
        }

        @Override
        public void showLoad(Optional<OfficerLoad> mine) {
            load = mine;
        }

        @Override
        public void showRows(List<CaseRow> shown, LocalDate today) {
            rows = shown;
        }

        @Override
        public void showCase(CaseFile shown, java.time.LocalDateTime now) {
            file = shown;
        }

        @Override
        public void askReason(long residentId) {
            askedReasonFor = residentId;
            said.add("reason?");
        }

        @Override
        public void showInvalid(Map<String, Refusal> fields) {
            invalid = fields;
            said.add("invalid:" + String.join(",", new java.util.TreeSet<>(fields.keySet())));
        }

        @Override
        public void showChanged(List<CaseChange> shown) {
            changes = shown;
            said.add("changed");
        }

        @Override
        public void showSaved(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showStale() {
            said.add("stale");
        }

        @Override
        public void showReaders(List<CaseRead> shown) {
            reads = shown;
        }

        @Override
        public void showRefusal(Refusal refusal) {
            said.add("refused:" + refusal.messageKey());
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }

        @Override
        public void setBusy(boolean busy) {
            // not recorded
        }
    }

    private static Clerk clerk(CounterFixture f, String login) {
        return ((SignIn.SignedIn) f.services.clerks().signIn(login, DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray())).clerk();
    }

    private static CasesPresenter presenter(CounterFixture f, Seen view, String login) {
        return new CasesPresenter(view, f.services.care(), f.site.clock, new DirectTasks(), clerk(f, login));
    }

    @Test
    void anOfficerSeesOnlyTheirResidentsNewRequestsFirstAndAKioskRequestArrivesOnTheList() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            CasesPresenter officer = presenter(f, view, DemoSeeder.DEMO_OFFICER_LOGIN);
            officer.reload();
            assertThat(view.rows).hasSizeBetween(30, 50).allSatisfy(r -> assertThat(r.officer().login()).isEqualTo("officer1"));
            assertThat(view.rows.get(0).fresh()).isPositive();
            assertThat(view.load).hasValueSatisfying(l -> assertThat(l.targetHours()).isEqualTo(16));
            assertThat(view.rows).filteredOn(r -> r.residentId() == 1).singleElement().satisfies(r -> assertThat(r.fresh()).isZero());

            long seen = f.site.events().latestId();
            WelfareRequests kiosk = f.kiosk.welfareRequests();
            assertThat(kiosk.request(1, "HOUSING", Optional.of(kiosk.windows().get(0)), NeedSource.KIOSK, "resident:1"))
                    .isInstanceOf(WelfareRequests.Outcome.Received.class);
            officer.eventsArrived(f.site.events().after(seen, 100));
            assertThat(view.rows).filteredOn(r -> r.residentId() == 1).singleElement().satisfies(r -> assertThat(r.fresh()).isEqualTo(1));
        }
    }

    @Test
    void aConsultationIsRecordedAndAFieldThatWillNotDoIsNamedWithNothingSaved() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            CasesPresenter officer = presenter(f, view, DemoSeeder.DEMO_OFFICER_LOGIN);
            officer.reload();
            officer.open(1);
            assertThat(view.file.name()).isEqualTo("김영희");
            int before = view.file.consultations().size();
            officer.consult("어제", Channel.VISIT, "한 시간", "안부", "말벗");
            assertThat(view.said).last().isEqualTo("invalid:heldAt,minutes");
            officer.consult("2026-11-21 09:00", Channel.VISIT, "-20", "", "말벗");
            assertThat(view.said).last().isEqualTo("invalid:asked,minutes");
            officer.plan("2026-11-01", true, "방문");
            assertThat(view.said).last().isEqualTo("invalid:due");
            assertThat(view.file.consultations()).hasSize(before);
            officer.consult("2026-11-21 09:00", Channel.VISIT, "50", "무릎 통증 호소", "보건소 방문건강관리 안내");
            assertThat(view.said).last().isEqualTo("counter.cases.saved.consultation");
            assertThat(view.file.consultations()).hasSize(before + 1);
            assertThat(view.file.consultations().get(0).asked()).isEqualTo("무릎 통증 호소");
            officer.plan("2026-11-30", true, "가정 방문");
            assertThat(view.file.nextVisit()).isPresent();
        }
    }

    @Test
    void theWelfareTeamGivesAReasonForAnOfficersCaseAndASaveOnAChangedCaseIsToldWhatChanged() {
        try (CounterFixture f = new CounterFixture()) {
            Seen officerView = new Seen();
            CasesPresenter officer = presenter(f, officerView, DemoSeeder.DEMO_OFFICER_LOGIN);
            Seen teamView = new Seen();
            CasesPresenter team = presenter(f, teamView, DemoSeeder.DEMO_WELFARE_LOGIN);
            assertThat(team.filter().scope()).isEqualTo(CaseFilter.Scope.TEAM);
            officer.open(1);
            team.open(1);
            assertThat(teamView.said).containsExactly("reason?");
            assertThat(teamView.askedReasonFor).isEqualTo(1);
            team.giveReason("");
            assertThat(teamView.said).last().isEqualTo("invalid:reason");
            team.giveReason("담당자 휴가 중 긴급 전화");
            assertThat(teamView.file.residentId()).isEqualTo(1);
            long seen = f.site.events().latestId();
            team.raiseNeed("LIVELIHOOD", "긴급 생계비 문의");
            assertThat(teamView.said).last().isEqualTo("counter.cases.saved.need");

            officer.eventsArrived(f.site.events().after(seen, 100));
            assertThat(officerView.said).contains("stale");
            int needs = officerView.file.needs().size();
            officer.consult("2026-11-21 09:30", Channel.PHONE, "", "안부", "통화함");
            assertThat(officerView.said).last().isEqualTo("changed");
            assertThat(officerView.changes).extracting(CaseChange::who, CaseChange::whatKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("오복지", "case.change.needRaised"));
            assertThat(officerView.file.needs()).hasSize(needs + 1);
            officer.consult("2026-11-21 09:30", Channel.PHONE, "", "안부", "통화함");
            assertThat(officerView.said).last().isEqualTo("counter.cases.saved.consultation");
        }
    }

    @Test
    void aSupervisorAssignsByListAndAreaAndSeesWhoLookedAtACase() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            CasesPresenter lead = presenter(f, view, DemoSeeder.DEMO_SUPERVISOR_LOGIN);
            lead.reload();
            assertThat(view.officers).extracting(o -> o.officer().login()).contains("officer1", "officer2", "officer3", "welfare1");
            assertThat(view.areas).containsKeys("마당읍", "솔빛면");
            lead.filter(new CaseFilter(CaseFilter.Scope.TEAM, null, "", false, false));
            List<Long> two = view.rows.stream().limit(2).map(CaseRow::residentId).toList();
            lead.assign(two, "officer2");
            assertThat(view.said).last().isEqualTo("counter.cases.assigned");
            assertThat(f.site.count("SELECT COUNT(*) FROM care_case WHERE officer = 'officer2' AND resident_id IN (" + two.get(0) + ", "
                    + two.get(1) + ")")).isEqualTo(2);
            lead.assign(List.of(), "officer2");
            assertThat(view.said).last().isEqualTo("refused:counter.cases.assign.chooseResidents");
            lead.setTarget("officer2", 12);
            assertThat(view.said).last().isEqualTo("counter.cases.targetSet");
            assertThat(view.officers).filteredOn(o -> o.officer().login().equals("officer2")).singleElement()
                    .satisfies(o -> assertThat(o.targetHours()).isEqualTo(12));
            lead.assignArea("새터면", "officer3");
            assertThat(f.site.count("SELECT COUNT(*) FROM care_case c JOIN resident r ON r.id = c.resident_id WHERE r.address LIKE '% 새터면 %' "
                    + "AND (c.officer IS NULL OR c.officer <> 'officer3')")).isZero();

            presenter(f, new Seen(), DemoSeeder.DEMO_OFFICER_LOGIN).open(1);
            lead.open(1);
            lead.giveReason("배정 점검");
            lead.readers();
            assertThat(view.reads).extracting(CaseRead::login).containsExactly("lead", "officer1");
        }
    }

    @Test
    void aWindowClerkIsToldCasesAreNotTheirsToSee() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            CasesPresenter clerk = presenter(f, view, DemoSeeder.DEMO_CLERK_LOGIN);
            clerk.reload();
            clerk.open(1);
            assertThat(view.said).contains("refused:clerk.refused.cases", "refused:case.refused.role");
            assertThat(view.file).isNull();
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseAccessRefused' AND actor = 'clerk:clerk1'")).isEqualTo(1);
        }
    }
}
