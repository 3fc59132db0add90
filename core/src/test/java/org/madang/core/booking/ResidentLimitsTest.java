package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.core.booking.RuleFixture.answer;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;

/** Per-resident limits and the booking window, checked by the booking itself on a real database. */
class ResidentLimitsTest {
    private final RuleFixture f = new RuleFixture();
    /** Saturday 12 December 2026; its week runs Monday 7 to Sunday 13. */
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void oneSlotPerFacilityPerDayWithAPlainReason() {
        f.booked(1, SAT_10, RuleFixture.COUNTY);
        BookingOutcome second = f.book(1, SAT_10.plusHours(2), RuleFixture.COUNTY);
        assertThat(second).isEqualTo(new BookingOutcome.Refused(Refusal.of("booking.refused.sameDay",
                f.facility(1).name(), SAT_10.toLocalDate(), 1)));
        assertThat(answer(f.book(1, SAT_10.plusDays(1), RuleFixture.COUNTY))).isEqualTo("booked");
    }

    @Test
    void twoSlotsPerWeekCountedMondayToSunday() {
        f.booked(1, SAT_10, RuleFixture.COUNTY);
        f.booked(2, LocalDateTime.of(2026, 12, 7, 8, 0), RuleFixture.COUNTY);
        assertThat(answer(f.book(3, LocalDateTime.of(2026, 12, 13, 10, 0), RuleFixture.COUNTY))).isEqualTo("booking.refused.perWeek");
        assertThat(answer(f.book(3, LocalDateTime.of(2026, 12, 14, 10, 0), RuleFixture.COUNTY))).isEqualTo("booked");
    }

    @Test
    void fourHoursPerDayButAnOvernightStayIsNotCounted() {
        f.site.execute("INSERT INTO policy_setting (name, setting_value) VALUES ('perWeek', '9')");
        f.booked(1, SAT_10, RuleFixture.COUNTY);
        f.booked(2, SAT_10.plusHours(4), RuleFixture.COUNTY);
        assertThat(answer(f.book(3, SAT_10.withHour(14), RuleFixture.COUNTY))).isEqualTo("booking.refused.hoursPerDay");
        assertThat(answer(f.book(4, SAT_10.withHour(14), RuleFixture.COUNTY))).isEqualTo("booked");
    }

    @Test
    void cancelledBookingsDoNotCount() {
        Booking first = f.booked(1, SAT_10, RuleFixture.COUNTY);
        f.site.cancellations().cancel(first.id(), RuleFixture.COUNTY, "resident:1");
        assertThat(answer(f.book(1, SAT_10.plusHours(2), RuleFixture.COUNTY))).isEqualTo("booked");
    }

    @Test
    void aBannedResidentIsToldUntilWhen() {
        f.site.execute("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (1, '2026-11-01 10:15:00', '2026-12-01 10:15:00')");
        BookingOutcome refused = f.book(1, SAT_10, RuleFixture.COUNTY);
        assertThat(refused).isEqualTo(new BookingOutcome.Refused(Refusal.of("booking.refused.banned",
                java.time.LocalDate.of(2026, 12, 1), 3)));
    }

    @Test
    void januaryOpensOnTheFirstOfDecemberAtNineAndVisitorsWaitUntilTheFourth() {
        LocalDateTime jan = LocalDateTime.of(2027, 1, 9, 10, 0);
        f.at(LocalDateTime.of(2026, 12, 1, 8, 59));
        assertThat(answer(f.book(1, jan, RuleFixture.COUNTY))).isEqualTo("booking.refused.notYet");
        f.at(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(answer(f.book(1, jan, RuleFixture.VISITOR))).isEqualTo("booking.refused.residentsFirst");
        assertThat(answer(f.book(1, jan, RuleFixture.COUNTY))).isEqualTo("booked");
        f.at(LocalDateTime.of(2026, 12, 4, 9, 0));
        assertThat(answer(f.book(1, jan.plusHours(2), RuleFixture.VISITOR))).isEqualTo("booked");
    }

    @Test
    void bookingClosesAtTheEndOfTheDayBefore() {
        f.at(SAT_10.minusDays(1).withHour(23).withMinute(59));
        assertThat(answer(f.book(1, SAT_10, RuleFixture.COUNTY))).isEqualTo("booked");
        f.at(SAT_10.withHour(0));
        assertThat(answer(f.book(1, SAT_10.plusDays(0).withHour(12), RuleFixture.COUNTY_2))).isEqualTo("booking.refused.closed");
    }

    @Test
    void aPartyCountsAgainstSeatsAndTheFeeOfTheWholeParty() {
        Booking party = ((BookingOutcome.Booked) f.book(3, SAT_10, RuleFixture.VISITOR, 3)).booking();
        assertThat(party.fee()).isEqualTo(30_000);
        assertThat(answer(f.book(3, SAT_10, RuleFixture.COUNTY, 2))).isEqualTo("booking.refused.justTaken");
        assertThat(answer(f.book(3, SAT_10, RuleFixture.COUNTY, 5))).isEqualTo("booking.refused.partyTooLarge");
        assertThat(answer(f.book(3, SAT_10, RuleFixture.COUNTY, 1))).isEqualTo("booked");
    }

    @Test
    void theCheckBeforeConfirmingGivesTheSameAnswerAsTheBooking() {
        f.booked(1, SAT_10, RuleFixture.COUNTY);
        long slot = f.slot(1, SAT_10.plusHours(2)).id();
        assertThat(f.site.bookings().check(slot, RuleFixture.COUNTY, 1))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("booking.refused.sameDay"));
        assertThat(f.site.bookings().check(slot, RuleFixture.VISITOR, 1)).isEmpty();
    }

    @Test
    void exemptionsAreStoredWithTheBooking() {
        Booking free = f.booked(1, SAT_10, RuleFixture.LIVELIHOOD);
        assertThat(free.fee()).isZero();
        assertThat(free.feeBasis()).isEqualTo(FeeBasis.BASIC_LIVELIHOOD);
        assertThat(free.payment()).isEqualTo(PaymentState.FREE);
        assertThat(free.payBy()).isNull();
        Booking senior = f.booked(1, SAT_10.plusDays(1), RuleFixture.SENIOR);
        assertThat(senior.feeBasis()).isEqualTo(FeeBasis.SENIOR);
        assertThat(senior.payBy()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    }
}
