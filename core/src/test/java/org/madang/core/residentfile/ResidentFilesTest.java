package org.madang.core.residentfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.demo.DemoCards;
import org.madang.core.testing.TestSite;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.resident.Resident;

/** The resident view: the whole file, the registration number masked, revealed only for a reason that is logged; registering. */
class ResidentFilesTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void theFileHoldsIdentityMaskedHouseholdAndEverySection() {
        ResidentFile file = site.residentFiles().of(1).orElseThrow();
        assertThat(file.resident().name()).isEqualTo("김영희");
        assertThat(file.maskedRrn()).isEqualTo("520315-2******");
        assertThat(file.phone()).isEqualTo("010-1234-0001");
        assertThat(file.household()).isNotEmpty();
        assertThat(file.bookings()).isNotEmpty();
        assertThat(file.courses()).isNotEmpty();
        assertThat(site.residentFiles().of(999_999)).isEmpty();
    }

    @Test
    void theFullNumberNeedsAReasonAndTheReasonIsLoggedNotTheNumber() {
        assertThat(site.residentFiles().revealRrn(1, " ", "clerk1")).isInstanceOfSatisfying(ResidentFiles.RevealOutcome.Refused.class,
                r -> assertThat(r.refusal()).isEqualTo(Refusal.of("resident.reveal.reasonNeeded")));
        var revealed = (ResidentFiles.RevealOutcome.Revealed) site.residentFiles().revealRrn(1, "신분증 대조", "lead");
        assertThat(revealed.rrn()).isEqualTo(DemoCards.RESIDENTS.get(0).card().nationalId());
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'RrnRevealed' AND actor = 'clerk:lead' "
                + "AND payload LIKE '%신분증 대조%'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE payload LIKE '%" + revealed.rrn().substring(7) + "%'")).isZero();
    }

    @Test
    void aNewResidentIsRegisteredOnceIntoANewOrAnExistingHousehold() {
        ResidentRegistry registry = site.residentRegistry();
        var first = registry.register(new ResidentRegistry.NewResident("강새봄", "010101-4123456", "010-5555-0101", "마당군 마당읍 새길 1",
                true, true, null, null), "clerk1");
        assertThat(first).isInstanceOf(ResidentRegistry.Outcome.Registered.class);
        Resident spring = ((ResidentRegistry.Outcome.Registered) first).resident();
        assertThat(spring.birthDate()).isEqualTo(java.time.LocalDate.of(2001, 1, 1));
        var again = registry.register(new ResidentRegistry.NewResident("강새봄", "010101-4123456", "", "다른 주소", true, false, null, null),
                "clerk1");
        assertThat(again).isInstanceOfSatisfying(ResidentRegistry.Outcome.Refused.class,
                r -> assertThat(r.refusal().messageKey()).isEqualTo("resident.register.known"));
        var child = registry.register(new ResidentRegistry.NewResident("강여름", "200505-4123456", "", "아무 주소", true, false, spring.id(),
                "CHILD"), "clerk1");
        Resident summer = ((ResidentRegistry.Outcome.Registered) child).resident();
        assertThat(summer.address()).isEqualTo("마당군 마당읍 새길 1");
        assertThat(site.residentFiles().of(spring.id()).orElseThrow().household()).extracting(ResidentFile.Member::name)
                .containsExactly("강여름");
        assertThat(registry.register(new ResidentRegistry.NewResident("", "x", "", "", false, false, null, null), "c"))
                .isInstanceOf(ResidentRegistry.Outcome.Refused.class);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ResidentRegistered'")).isEqualTo(2);
        assertThat(site.residentSearch().find("강새봄", 5)).isInstanceOfSatisfying(ResidentSearch.Answer.Found.class,
                f -> assertThat(f.hits()).hasSize(1));
    }
}
