package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Localized;
import org.madang.core.resident.Resident;

/** Fees: resident discount, exemptions (the largest applies), seats, rounding. */
class FeeRuleTest {
    private final FeeRule fees = BookingRules.DEFAULTS.fees();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 12);
    private static final Localized NONE = new Localized("", "");

    private static Facility facility(int fee, boolean perSeat) {
        return new Facility(1, "f", FacilityCategory.SPORTS, NONE, NONE, NONE, perSeat ? 20 : 1, perSeat, fee,
                LocalTime.of(9, 0), LocalTime.of(18, 0), 60, false, NONE, org.madang.core.county.Centre.own("test"));
    }

    private static Resident person(boolean county, LocalDate born, boolean disability, boolean livelihood, boolean merit) {
        return new Resident(1, "홍길동", born, "M", "", county, disability, livelihood, merit);
    }

    @Test
    void visitorsPayInFullAndCountyResidentsHalf() {
        assertThat(fees.quote(facility(8000, false), person(false, LocalDate.of(1980, 1, 1), false, false, false), 1, DAY))
                .isEqualTo(new Quote(8000, FeeBasis.FULL));
        assertThat(fees.quote(facility(8000, false), person(true, LocalDate.of(1980, 1, 1), false, false, false), 1, DAY))
                .isEqualTo(new Quote(4000, FeeBasis.RESIDENT));
    }

    @Test
    void theSeniorExemptionStartsOnThe65thBirthday() {
        Facility court = facility(8000, false);
        assertThat(fees.quote(court, person(false, DAY.minusYears(65).plusDays(1), false, false, false), 1, DAY).basis())
                .isEqualTo(FeeBasis.FULL);
        assertThat(fees.quote(court, person(false, DAY.minusYears(65), false, false, false), 1, DAY))
                .isEqualTo(new Quote(4000, FeeBasis.SENIOR));
    }

    @Test
    void basicLivelihoodAndNationalMeritAreFreeAndTheLargestReductionWins() {
        Facility court = facility(8000, false);
        assertThat(fees.quote(court, person(true, LocalDate.of(1980, 1, 1), true, true, false), 1, DAY))
                .isEqualTo(new Quote(0, FeeBasis.BASIC_LIVELIHOOD));
        assertThat(fees.quote(court, person(false, LocalDate.of(1980, 1, 1), false, false, true), 1, DAY))
                .isEqualTo(new Quote(0, FeeBasis.NATIONAL_MERIT));
        assertThat(fees.quote(court, person(false, LocalDate.of(1980, 1, 1), true, false, false), 1, DAY))
                .isEqualTo(new Quote(4000, FeeBasis.DISABILITY));
    }

    @Test
    void whereSeatsAreSoldAnExemptionCoversTheApplicantsSeatAndTheDiscountTheParty() {
        Facility pottery = facility(12_000, true);
        assertThat(fees.quote(pottery, person(true, LocalDate.of(1980, 1, 1), false, true, false), 3, DAY))
                .isEqualTo(new Quote(12_000, FeeBasis.BASIC_LIVELIHOOD));
        assertThat(fees.quote(pottery, person(false, LocalDate.of(1980, 1, 1), false, false, false), 3, DAY))
                .isEqualTo(new Quote(36_000, FeeBasis.FULL));
    }

    @Test
    void feesAreRoundedDownToTenWonAndFreeFacilitiesSaySo() {
        assertThat(fees.quote(facility(3_333, false), person(true, LocalDate.of(1980, 1, 1), false, false, false), 1, DAY).fee())
                .isEqualTo(1_660);
        assertThat(fees.quote(facility(0, false), person(false, LocalDate.of(1980, 1, 1), false, false, false), 1, DAY))
                .isEqualTo(new Quote(0, FeeBasis.FREE_FACILITY));
    }
}
