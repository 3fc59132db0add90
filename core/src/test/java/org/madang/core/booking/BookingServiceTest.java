package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.event.Event;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;

class BookingServiceTest {
    private TestSite site;
    private BookingService bookings;

    @BeforeEach
    void seed() {
        site = TestSite.seeded(TestSite.tempRoot());
        bookings = site.bookings();
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** A court (one booking per slot) with a free slot tomorrow. */
    private Slot freeCourtSlot() {
        Facility court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(site.clock);
        return site.facilities().slots(court.id(), now.toLocalDate().plusDays(1), now).stream().filter(s -> !s.isFull())
                .findFirst().orElseThrow();
    }

    private BookingOutcome book(Slot slot, long resident, int party) {
        return bookings.book(new BookingRequest(slot.id(), resident, party, Channel.KIOSK));
    }

    @Test
    void storesTheBookingFillsTheSlotAndLogsOneEventInTheSameTransaction() {
        Slot slot = freeCourtSlot();
        long eventsBefore = site.events().latestId();

        BookingOutcome outcome = book(slot, 1, 1);

        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        Booking booking = ((BookingOutcome.Booked) outcome).booking();
        assertThat(site.facilities().slot(slot.id()).orElseThrow().booked()).isEqualTo(slot.booked() + 1);
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE id = " + booking.id())).isEqualTo(1);
        Event event = site.events().after(eventsBefore, 10).get(0);
        assertThat(event.type()).isEqualTo("BookingCreated");
        assertThat(event.subject()).isEqualTo("booking:" + booking.id());
        assertThat(event.payload()).contains(booking.number());
        assertThat(site.events().verify().intact()).isTrue();
    }

    @Test
    void givesCountyResidentsHalfPrice() {
        Slot slot = freeCourtSlot();
        Facility court = site.facilities().byId(slot.facilityId()).orElseThrow();
        Booking resident = ((BookingOutcome.Booked) book(slot, 1, 1)).booking();
        assertThat(resident.fee()).isEqualTo(court.fee() / 2);
        assertThat(resident.payment()).isEqualTo(PaymentState.UNPAID);
    }

    @Test
    void refusesAFullSlotAsJustTakenAndChangesNothing() {
        Slot slot = freeCourtSlot();
        book(slot, 1, 1);
        long bookingsBefore = site.count("SELECT COUNT(*) FROM booking");

        BookingOutcome second = book(slot, 2, 1);

        assertThat(second).isEqualTo(new BookingOutcome.Refused(Refusal.of("booking.refused.justTaken")));
        assertThat(site.count("SELECT COUNT(*) FROM booking")).isEqualTo(bookingsBefore);
        assertThat(site.facilities().slot(slot.id()).orElseThrow().booked()).isEqualTo(1);
    }

    @Test
    void refusesASecondSlotOfTheSameFacilityOnTheSameDay() {
        Slot first = freeCourtSlot();
        book(first, 1, 1);
        LocalDateTime now = LocalDateTime.now(site.clock);
        Slot later = site.facilities().slots(first.facilityId(), first.startsAt().toLocalDate(), now).stream()
                .filter(s -> !s.isFull() && s.id() != first.id()).findFirst().orElseThrow();

        BookingOutcome outcome = book(later, 1, 1);

        assertThat(outcome).isInstanceOf(BookingOutcome.Refused.class);
        assertThat(((BookingOutcome.Refused) outcome).refusal().messageKey()).isEqualTo("booking.refused.sameDay");
    }

    @Test
    void refusesASlotThatHasStarted() {
        long pastSlot = site.count("SELECT MIN(id) FROM slot");
        BookingOutcome outcome = bookings.book(new BookingRequest(pastSlot, 1, 1, Channel.KIOSK));
        assertThat(((BookingOutcome.Refused) outcome).refusal().messageKey()).isEqualTo("booking.refused.started");
    }

    @Test
    void countsThePartyAgainstSeatsWhereSeatsAreSold() {
        Facility seats = site.facilities().inCategory(FacilityCategory.EXPERIENCE).get(0);
        LocalDateTime now = LocalDateTime.now(site.clock);
        Slot slot = site.facilities().slots(seats.id(), now.toLocalDate().plusDays(2), now).get(0);

        Booking booking = ((BookingOutcome.Booked) book(slot, 1, 3)).booking();

        assertThat(site.facilities().slot(slot.id()).orElseThrow().booked()).isEqualTo(slot.booked() + 3);
        assertThat(booking.fee()).isEqualTo(seats.fee() * 3 / 2 / 10 * 10);
        BookingOutcome tooMany = book(slot, 2, slot.capacity() + 1);
        assertThat(((BookingOutcome.Refused) tooMany).refusal().messageKey()).isEqualTo("booking.refused.partyTooLarge");
    }

    @Test
    void refusesUnknownSlotsResidentsAndEmptyParties() {
        Slot slot = freeCourtSlot();
        assertThat(((BookingOutcome.Refused) bookings.book(new BookingRequest(999_999, 1, 1, Channel.KIOSK))).refusal().messageKey())
                .isEqualTo("booking.refused.noSlot");
        assertThat(((BookingOutcome.Refused) book(slot, 999_999, 1)).refusal().messageKey()).isEqualTo("booking.refused.unknownResident");
        assertThat(((BookingOutcome.Refused) book(slot, 1, 0)).refusal().messageKey()).isEqualTo("booking.refused.party");
    }

    @Test
    void theDatabaseItselfRefusesMoreThanCapacity() {
        Slot slot = freeCourtSlot();
        book(slot, 1, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> site.database.jdbi().useHandle(h ->
                        h.execute("UPDATE slot SET booked = booked + 1 WHERE id = ?", slot.id())))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("slot_within_capacity"));
    }
}
