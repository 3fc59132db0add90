package org.madang.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.facility.Localized;
import org.madang.core.testing.TestSite;

/** Supervisors assign residents to officers by list or area; each officer's list is their own; visit hours count home visits. */
class CaseloadTest {
    private TestSite site;
    private Caseload caseload;
    private long first;

    @BeforeEach
    void open() {
        site = TestSite.empty(TestSite.tempRoot());
        site.staff("off1=OFFICER", "off2=OFFICER", "wel=WELFARE", "sup=SUPERVISOR", "cl=CLERK", "adm=ADMIN");
        String[][] people = {{"가나다", "마당군 솔빛면 들꽃로 1"}, {"나다라", "마당군 솔빛면 샘물로 2"}, {"다라마", "마당군 느티면 장터길 3"},
            {"라마바", "서울특별시 마포구 잔다리로 4"}};
        for (String[] p : people) {
            site.execute("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, phone, address, county_resident, created_at) "
                    + "VALUES ('" + p[0] + "', DATE '1948-02-03', 'F', '" + p[0] + "', 'c', '010-2222-3333', '" + p[1] + "', TRUE, "
                    + "TIMESTAMP '2020-01-01 00:00:00')");
        }
        first = site.count("SELECT MIN(id) FROM resident");
        caseload = site.caseload();
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void onlyASupervisorAssignsAndOnlyToAnOfficerOrTheWelfareTeam() {
        assertThat(caseload.assign(List.of(first), "off1", "off1")).isEqualTo(new CaseOutcome.Refused<>(Refusal.of("clerk.refused.assign_cases")));
        assertThat(caseload.assign(List.of(first), "cl", "sup")).isInstanceOfSatisfying(CaseOutcome.Invalid.class,
                i -> assertThat(i.fields()).containsOnlyKeys("officer"));
        assertThat(caseload.assign(List.of(first, first + 1, first + 2), "off1", "sup")).isEqualTo(new CaseOutcome.Done<>(3, 0));
        assertThat(caseload.assign(List.of(first, first + 1), "off1", "sup")).isEqualTo(new CaseOutcome.Done<>(0, 0));
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseAssigned'")).isEqualTo(3);
        assertThat(caseload.areas()).containsEntry("솔빛면", 2).containsEntry("느티면", 1).hasSize(2);
        assertThat(caseload.assignArea("솔빛면", "off2", "sup")).isEqualTo(new CaseOutcome.Done<>(2, 0));
        assertThat(caseload.assignArea("없는면", "off2", "sup")).isInstanceOf(CaseOutcome.Invalid.class);
        assertThat(caseload.assign(List.of(first + 2), null, "sup")).isEqualTo(new CaseOutcome.Done<>(1, 0));
        assertThat(site.count("SELECT COUNT(*) FROM care_case WHERE officer = 'off2'")).isEqualTo(2);
        assertThat(site.count("SELECT COUNT(*) FROM care_case WHERE officer IS NULL")).isEqualTo(1);
    }

    @Test
    void anOfficersListIsTheirOwnWhateverTheyAskAndFiltersNarrowIt() {
        caseload.assign(List.of(first, first + 1), "off1", "sup");
        caseload.assign(List.of(first + 2), "off2", "sup");
        caseload.assign(List.of(first + 3), null, "sup");
        Cases cases = site.cases();
        cases.raiseNeed(first + 1, 1, "WORK", null, NeedSource.OFFICER, "off1");
        cases.planFollowUp(first, 1, TestSite.NOW.toLocalDate(), false, "전화", "off1");
        site.clock.set(TestSite.NOW.plusDays(3));
        assertThat(caseload.list("off1", new CaseFilter(CaseFilter.Scope.ALL, null, "", false, false)))
                .extracting(CaseRow::name).containsExactly("가나다", "나다라");
        assertThat(caseload.list("off1", new CaseFilter(CaseFilter.Scope.MINE, null, "", true, false))).extracting(CaseRow::name)
                .containsExactly("나다라");
        assertThat(caseload.list("off1", new CaseFilter(CaseFilter.Scope.MINE, null, "", false, true))).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isEqualTo(1));
        assertThat(caseload.list("wel", new CaseFilter(CaseFilter.Scope.ALL, null, "", false, false))).hasSize(4);
        assertThat(caseload.list("wel", new CaseFilter(CaseFilter.Scope.TEAM, null, "", false, false))).extracting(CaseRow::name)
                .containsExactly("라마바");
        assertThat(caseload.list("sup", new CaseFilter(CaseFilter.Scope.OFFICER, "off2", "라", false, false))).extracting(CaseRow::name)
                .containsExactly("다라마");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> caseload.list("cl", CaseFilter.mine()))
                .isInstanceOf(org.madang.core.clerk.NotPermitted.class);
    }

    @Test
    void visitHoursCountThisMonthsHomeVisitsAgainstTheTarget() {
        caseload.assign(List.of(first), "off1", "sup");
        Cases cases = site.cases();
        cases.recordConsultation(first, 1, new ConsultationDraft(LocalDateTime.of(2026, 11, 20, 14, 0), Channel.VISIT, 90, "안부", "말벗"), "off1");
        cases.recordConsultation(first, 2, new ConsultationDraft(LocalDateTime.of(2026, 11, 21, 9, 0), Channel.PHONE, 10, "안부", "통화"), "off1");
        cases.recordConsultation(first, 3, new ConsultationDraft(LocalDateTime.of(2026, 10, 30, 9, 0), Channel.VISIT, 60, "안부", "지난달"), "off1");
        assertThat(caseload.load("off1")).hasValueSatisfying(l -> {
            assertThat(l.visitMinutes()).isEqualTo(90);
            assertThat(l.targetHours()).isEqualTo(16);
            assertThat(l.residents()).isEqualTo(1);
        });
        assertThat(caseload.setVisitTarget("off1", 12, "off2")).isInstanceOf(CaseOutcome.Refused.class);
        assertThat(caseload.setVisitTarget("off1", -1, "sup")).isInstanceOf(CaseOutcome.Invalid.class);
        assertThat(caseload.setVisitTarget("off1", 12, "sup")).isEqualTo(new CaseOutcome.Done<>(12, 0));
        assertThat(caseload.load("off1")).hasValueSatisfying(l -> assertThat(l.targetHours()).isEqualTo(12));
        assertThat(caseload.officers()).extracting(o -> o.officer().login()).containsExactly("off1", "off2", "wel");
    }

    @Test
    void anAdminExtendsTheCataloguesAndNobodyElseDoes() {
        CareCatalogue catalogue = site.careCatalogue();
        assertThat(catalogue.services(true)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(catalogue.needKinds(true)).extracting(e -> e.name().ko())
                .containsExactly("생계", "주거", "건강", "돌봄", "일자리", "교육·문화", "생활민원");
        CatalogueEntry digital = new CatalogueEntry("DIGITAL", new Localized("디지털 역량", "Digital skills"), true);
        assertThat(catalogue.save(CareCatalogue.Part.NEEDS, digital, "sup")).isInstanceOf(CaseOutcome.Refused.class);
        assertThat(catalogue.save(CareCatalogue.Part.NEEDS, new CatalogueEntry("bad code", new Localized("", "x"), true), "adm"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("code", "nameKo"));
        assertThat(catalogue.save(CareCatalogue.Part.NEEDS, digital, "adm")).isInstanceOf(CaseOutcome.Done.class);
        assertThat(catalogue.needKinds(true)).last().isEqualTo(digital);
        catalogue.save(CareCatalogue.Part.SERVICES, new CatalogueEntry("FOOD_BANK", new Localized("푸드뱅크", "Food bank"), false), "adm");
        assertThat(catalogue.services(true)).extracting(CatalogueEntry::code).doesNotContain("FOOD_BANK");
        assertThat(catalogue.services(false)).extracting(CatalogueEntry::code).contains("FOOD_BANK");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CareCatalogueChanged'")).isEqualTo(2);
    }
}
