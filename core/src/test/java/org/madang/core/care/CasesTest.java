package org.madang.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.testing.TestSite;

/**
 * A case is read and kept only by its officer, the welfare team and supervisors, every read and
 * refused attempt in the audit trail; what it says is sealed at rest; a field that will not do
 * saves nothing; a save on a case changed meanwhile is told what changed and overwrites nothing.
 */
class CasesTest {
    private static final LocalDateTime NOW = TestSite.NOW;
    private final Path root = TestSite.tempRoot();
    private TestSite site;
    private Cases cases;
    private long resident;

    @BeforeEach
    void open() {
        site = TestSite.empty(root);
        site.staff("off1=OFFICER", "off2=OFFICER", "wel=WELFARE", "sup=SUPERVISOR", "cl=CLERK", "adm=ADMIN");
        site.execute("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, phone, address, county_resident, created_at) "
                + "VALUES ('한마음', DATE '1948-02-03', 'F', 'h1', 'c1', '010-2222-3333', '마당군 솔빛면 들꽃로 3', TRUE, TIMESTAMP '2020-01-01 00:00:00')");
        resident = site.count("SELECT MAX(id) FROM resident");
        cases = site.cases();
        assertThat(site.caseload().assign(List.of(resident), "off1", "sup")).isInstanceOf(CaseOutcome.Done.class);
    }

    @AfterEach
    void close() {
        site.close();
    }

    private int version() {
        return (int) site.count("SELECT version FROM care_case WHERE resident_id = " + resident);
    }

    private <T> T done(CaseOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(CaseOutcome.Done.class);
        return ((CaseOutcome.Done<T>) outcome).value();
    }

    /** Every act on a case, by one clerk, on the case as it stands. */
    private Map<String, Function<String, CaseOutcome<?>>> acts(long need, long application, long referral, long followUp) {
        Map<String, Function<String, CaseOutcome<?>>> acts = new LinkedHashMap<>();
        acts.put("open", c -> cases.open(resident, c, "상담 이어받음"));
        acts.put("raiseNeed", c -> cases.raiseNeed(resident, version(), "HOUSING", "집주인과 다툼", NeedSource.COUNTER, c));
        acts.put("closeNeed", c -> cases.closeNeed(resident, version(), need, "해결", c));
        acts.put("consult", c -> cases.recordConsultation(resident, version(),
                new ConsultationDraft(NOW.minusHours(1), Channel.PHONE, null, "안부", "안내함"), c));
        acts.put("apply", c -> cases.applyForService(resident, version(), "ENERGY_VOUCHER", null, c));
        acts.put("decide", c -> cases.decideApplication(resident, version(), application, ApplicationStatus.GRANTED, c));
        acts.put("refer", c -> cases.refer(resident, version(), "정신건강복지센터", "상담 연계", c));
        acts.put("answer", c -> cases.answerReferral(resident, version(), referral, ReferralAnswer.ACCEPTED, "다음 주 방문", c));
        acts.put("plan", c -> cases.planFollowUp(resident, version(), NOW.toLocalDate().plusDays(3), true, "방문", c));
        acts.put("complete", c -> cases.completeFollowUp(resident, version(), followUp, c));
        return acts;
    }

    private long[] items() {
        long need = done(cases.raiseNeed(resident, version(), "CARE", null, NeedSource.OFFICER, "off1"));
        long application = done(cases.applyForService(resident, version(), "ELDER_CARE", null, "off1"));
        long referral = done(cases.refer(resident, version(), "치매안심센터", "검진", "off1"));
        long followUp = done(cases.planFollowUp(resident, version(), NOW.toLocalDate().plusDays(1), false, "전화", "off1"));
        return new long[] {need, application, referral, followUp};
    }

    @Test
    void aClerkAnAdminAndAnotherOfficerAreRefusedEveryActAndEachAttemptIsLogged() {
        long[] ids = items();
        String rows = "SELECT (SELECT COUNT(*) FROM care_need) + (SELECT COUNT(*) FROM care_consultation) + (SELECT COUNT(*) FROM care_application) "
                + "+ (SELECT COUNT(*) FROM care_referral) + (SELECT COUNT(*) FROM care_followup) "
                + "+ (SELECT COUNT(*) FROM care_need WHERE closed_at IS NOT NULL) + (SELECT COUNT(*) FROM care_application WHERE status <> 'APPLIED') "
                + "+ (SELECT COUNT(*) FROM care_referral WHERE answer IS NOT NULL) + (SELECT COUNT(*) FROM care_followup WHERE done_at IS NOT NULL)";
        long before = site.count(rows);
        for (String outsider : List.of("cl", "adm", "off2", "nobody")) {
            acts(ids[0], ids[1], ids[2], ids[3]).forEach((name, act) -> {
                long refusals = site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseAccessRefused' AND actor = 'clerk:" + outsider + "'");
                assertThat(act.apply(outsider)).as(outsider + " " + name).isInstanceOfSatisfying(CaseOutcome.Refused.class,
                        r -> assertThat(r.refusal().messageKey()).isIn("case.refused.role", "case.refused.notYours"));
                assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseAccessRefused' AND actor = 'clerk:" + outsider + "'"))
                        .as(outsider + " " + name + " logged").isEqualTo(refusals + 1);
            });
            assertThat(cases.summary(resident, outsider)).isEmpty();
        }
        assertThat(site.count(rows)).isEqualTo(before);
        assertThat(cases.open(resident, "off2", "궁금해서")).isInstanceOfSatisfying(CaseOutcome.Refused.class,
                r -> assertThat(r.refusal()).isEqualTo(Refusal.of("case.refused.notYours")));
        assertThat(cases.officerOf(resident)).contains(new Officer("off1", "off1"));
    }

    @Test
    void theOfficerTheWelfareTeamAndASupervisorMayDoEveryAct() {
        for (String insider : List.of("off1", "wel", "sup")) {
            long[] ids = items();
            acts(ids[0], ids[1], ids[2], ids[3]).forEach((name, act) ->
                    assertThat(act.apply(insider)).as(insider + " " + name).isInstanceOf(CaseOutcome.Done.class));
            assertThat(cases.summary(resident, insider)).isPresent();
        }
    }

    @Test
    void theOfficerReadsWithoutAReasonOthersGiveOneAndEveryReadIsListedForASupervisor() {
        assertThat(done(cases.open(resident, "off1", null)).name()).isEqualTo("한마음");
        assertThat(cases.open(resident, "wel", " ")).isInstanceOfSatisfying(CaseOutcome.Invalid.class,
                i -> assertThat(i.fields()).containsKey("reason"));
        done(cases.open(resident, "wel", "담당자 휴가 중 긴급 전화"));
        cases.summary(resident, "sup");
        cases.open(resident, "cl", null);
        assertThat(cases.readers(resident, "wel")).isInstanceOf(CaseOutcome.Refused.class);
        List<CaseRead> reads = done(cases.readers(resident, "sup"));
        assertThat(reads).extracting(CaseRead::login, CaseRead::view, CaseRead::reason, CaseRead::refused).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cl", "open", "", true),
                org.assertj.core.groups.Tuple.tuple("sup", "summary", "", false),
                org.assertj.core.groups.Tuple.tuple("wel", "case", "담당자 휴가 중 긴급 전화", false),
                org.assertj.core.groups.Tuple.tuple("off1", "case", "", false));
    }

    @Test
    void aFieldThatWillNotDoSavesNothing() {
        int v = version();
        assertThat(cases.recordConsultation(resident, v, new ConsultationDraft(NOW, Channel.COUNTER, null, " ", ""), "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("asked", "done"));
        assertThat(cases.recordConsultation(resident, v, new ConsultationDraft(NOW, Channel.VISIT, -30, "안부", "말벗"), "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("minutes"));
        assertThat(cases.recordConsultation(resident, v, new ConsultationDraft(NOW, Channel.VISIT, null, "안부", "말벗"), "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("minutes"));
        assertThat(cases.recordConsultation(resident, v, new ConsultationDraft(NOW.plusDays(1), Channel.PHONE, null, "안부", "말벗"), "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("heldAt"));
        assertThat(cases.planFollowUp(resident, v, NOW.toLocalDate().minusDays(1), false, "전화", "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("due"));
        assertThat(cases.raiseNeed(resident, v, "NO_SUCH", null, NeedSource.OFFICER, "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("kind"));
        assertThat(cases.refer(resident, v, "", "x".repeat(Cases.LONGEST_NOTE + 1), "off1"))
                .isInstanceOfSatisfying(CaseOutcome.Invalid.class, i -> assertThat(i.fields()).containsOnlyKeys("agency", "reason"));
        assertThat(site.count("SELECT COUNT(*) FROM care_consultation") + site.count("SELECT COUNT(*) FROM care_followup")
                + site.count("SELECT COUNT(*) FROM care_need") + site.count("SELECT COUNT(*) FROM care_referral")).isZero();
        assertThat(version()).isEqualTo(v);
        done(cases.recordConsultation(resident, v, new ConsultationDraft(NOW.minusHours(2), Channel.VISIT, 45, "안부", "말벗"), "off1"));
        assertThat(site.count("SELECT COUNT(*) FROM care_case WHERE last_contact = TIMESTAMP '2026-11-21 08:00:00'")).isEqualTo(1);
    }

    @Test
    void aSaveOnACaseChangedMeanwhileIsToldWhatChangedAndOverwritesNothing() {
        long need = done(cases.raiseNeed(resident, version(), "LIVELIHOOD", null, NeedSource.OFFICER, "off1"));
        CaseFile seenByOfficer = done(cases.open(resident, "off1", null));
        done(cases.closeNeed(resident, seenByOfficer.version(), need, "긴급지원 연계", "wel"));
        CaseOutcome<Long> late = cases.closeNeed(resident, seenByOfficer.version(), need, "다른 결론", "off1");
        assertThat(late).isInstanceOf(CaseOutcome.Changed.class);
        CaseOutcome.Changed<Long> changed = (CaseOutcome.Changed<Long>) late;
        assertThat(changed.changes()).extracting(CaseChange::who, CaseChange::whatKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wel", "case.change.needClosed"));
        assertThat(changed.version()).isEqualTo(seenByOfficer.version() + 1);
        CaseFile now = done(cases.open(resident, "off1", null));
        assertThat(now.needs()).singleElement().satisfies(n -> assertThat(n.outcome()).isEqualTo("긴급지원 연계"));
        // read again, the same close is answered plainly: it was done already
        assertThat(cases.closeNeed(resident, now.version(), need, "다른 결론", "off1")).isInstanceOfSatisfying(CaseOutcome.Invalid.class,
                i -> assertThat(i.fields()).containsOnlyKeys("item"));
        // a new consultation on the fresh version goes in
        done(cases.recordConsultation(resident, now.version(), new ConsultationDraft(NOW, Channel.COUNTER, null, "결과 문의", "설명함"), "off1"));
    }

    @Test
    void theCaseReadsBackInClearButNothingItSaysIsInTheDatabaseFileOrTheEventLog() throws IOException {
        String[] secrets = {"월세가밀려서걱정이라고함XQ", "희망복지지원단에연계KZ", "정신건강복지센터마당분소", "치료비문의를남김PW"};
        int v = version();
        v = ((CaseOutcome.Done<Long>) cases.recordConsultation(resident, v,
                new ConsultationDraft(NOW.minusHours(1), Channel.COUNTER, null, secrets[0], secrets[1]), "off1")).version();
        v = ((CaseOutcome.Done<Long>) cases.refer(resident, v, secrets[2], "상담", "off1")).version();
        done(cases.raiseNeed(resident, v, "HEALTH", secrets[3], NeedSource.OFFICER, "off1"));
        CaseFile file = done(cases.open(resident, "off1", null));
        assertThat(file.consultations()).singleElement().satisfies(c -> assertThat(c.asked()).isEqualTo(secrets[0]));
        assertThat(file.referrals()).singleElement().satisfies(r -> assertThat(r.agency()).isEqualTo(secrets[2]));
        assertThat(file.needs()).singleElement().satisfies(n -> {
            assertThat(n.kindCode()).isEqualTo("HEALTH");
            assertThat(n.kind().ko()).isEqualTo("건강");
        });
        for (String secret : secrets) {
            assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE payload LIKE '%" + secret + "%'")).isZero();
        }
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE payload LIKE '%HEALTH%'")).isZero();
        site.close();
        site = TestSite.open(root, new org.madang.core.site.Terminal("kiosk-test"));
        // every file the data is stored in: the H2 file and its neighbours, or PostgreSQL's tables and write-ahead log
        List<Path> files = org.madang.core.testing.TestEngines.storedFiles(root);
        assertThat(files).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db") || p.toString().contains("pg_wal"));
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (java.nio.file.NoSuchFileException gone) {
                // a server's scratch file, replaced while this test walked (PostgreSQL's caches)
                continue;
            }
            for (String secret : secrets) {
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8))).as(secret + " in " + f).isNegative();
            }
        }
        cases = site.cases();
        assertThat(done(cases.open(resident, "off1", null)).consultations().get(0).done()).isEqualTo(secrets[1]);
    }

    @Test
    void theSummaryShowsOpenNeedsVisitsAndOverdueFollowUpsToThoseAllowed() {
        done(cases.raiseNeed(resident, version(), "HOUSING", null, NeedSource.OFFICER, "off1"));
        done(cases.planFollowUp(resident, version(), NOW.toLocalDate().plusDays(4), true, "방문", "off1"));
        done(cases.planFollowUp(resident, version(), NOW.toLocalDate(), false, "전화", "off1"));
        site.clock.set(NOW.plusDays(2));
        CaseSummary summary = cases.summary(resident, "off1").orElseThrow();
        assertThat(summary.exists()).isTrue();
        assertThat(summary.openNeeds()).extracting(n -> n.ko()).containsExactly("주거");
        assertThat(summary.nextVisit()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(summary.overdue()).isEqualTo(1);
        assertThat(summary.officer()).map(Officer::login).contains("off1");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CaseRead' AND payload LIKE '%summary%'")).isEqualTo(1);
        assertThat(cases.summary(resident, "cl")).isEqualTo(Optional.empty());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
