package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;

/** Closing a facility for a day: the bookings it hits listed, cancelled with a full refund and told; the day unbookable; reopened. */
class ClosuresTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final LocalDate tomorrow = site.clock.localNow().toLocalDate().plusDays(1);
    private final Facility court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst()
            .orElseThrow();

    @AfterEach
    void close() {
        site.close();
    }

    private Closures closures() {
        return new Closures(site.database.jdbi(), site.events(), site.facilities(), site.rules(), site.clock, site.terminal);
    }

    private Closures.Draft tomorrowAtTheCourt(String reason) {
        return new Closures.Draft(Optional.of(court.id()), tomorrow, tomorrow, reason, "");
    }

    private List<Slot> freeSlots() {
        return site.facilities().slots(court.id(), tomorrow, site.clock.localNow()).stream().filter(s -> !s.isFull()).toList();
    }

    private Booking book(Slot slot, long resident) {
        return ((BookingOutcome.Booked) site.bookings().book(new BookingRequest(slot.id(), resident, 1, Channel.KIOSK))).booking();
    }

    @Test
    void aClosureIsRefusedPlainlyForEachFieldAndWritesNothing() {
        long before = site.events().latestId();
        var blank = closures().close(tomorrowAtTheCourt(" "), "root");
        assertThat(blank.refused()).containsOnlyKeys("reasonKo");
        var backwards = closures().close(new Closures.Draft(Optional.of(court.id()), tomorrow, tomorrow.minusDays(1), "보수", ""), "root");
        assertThat(backwards.refused().get("lastDay").messageKey()).isEqualTo("counter.closure.backwards");
        var past = closures().close(new Closures.Draft(Optional.of(court.id()), tomorrow.minusDays(3), tomorrow, "보수", ""), "root");
        assertThat(past.refused().get("firstDay").messageKey()).isEqualTo("counter.closure.past");
        var byClerk = closures().close(tomorrowAtTheCourt("보수"), "desk");
        assertThat(byClerk.refused().values()).extracting(r -> r.messageKey()).containsExactly("clerk.refused.catalogue");
        assertThat(site.count("SELECT COUNT(*) FROM closure")).isZero();
        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE closed")).isZero();
        assertThat(site.events().latestId()).isEqualTo(before);
    }

    @Test
    void closingADayCancelsItsBookingsWithAFullRefundTellsTheResidentsAndNothingBooksItAgain() {
        List<Slot> free = freeSlots();
        Booking paid = book(free.get(0), 1);
        Booking unpaid = book(free.get(1), 2);
        site.execute("UPDATE booking SET payment = 'PAID', paid_at = TIMESTAMP '2026-11-21 09:00:00' WHERE id = " + paid.id());
        site.execute("INSERT INTO waitlist (slot_id, resident_id, party, status, created_at) VALUES (" + free.get(2).id()
                + ", 3, 1, 'WAITING', TIMESTAMP '2026-11-21 09:00:00')");

        var preview = closures().preview(tomorrowAtTheCourt("코트 바닥 보수"));
        assertThat(preview.valid()).isTrue();
        // the demo's bookings of that day too, and ours: the paid one refunded in full, the unpaid one owes nothing
        int hit = preview.bookings().size();
        assertThat(preview.bookings()).extracting(Closures.Affected::number).contains(paid.number(), unpaid.number());
        assertThat(preview.bookings()).filteredOn(a -> a.bookingId() == paid.id()).extracting(Closures.Affected::refund)
                .containsExactly(paid.fee());
        assertThat(preview.bookings()).filteredOn(a -> a.bookingId() == unpaid.id()).extracting(Closures.Affected::refund).containsExactly(0);
        assertThat(preview.bookings()).allSatisfy(a -> assertThat(a.residentMasked()).contains("*"));
        assertThat(preview.waiting()).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE cancel_reason = 'CLOSURE'")).as("a preview writes nothing").isZero();

        long before = site.events().latestId();
        var closed = closures().close(tomorrowAtTheCourt("코트 바닥 보수"), "root");
        assertThat(closed.valid()).isTrue();
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND cancel_reason = 'CLOSURE'")).isEqualTo(hit);
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE id = " + paid.id() + " AND refund = " + paid.fee())).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM waitlist WHERE status = 'LEFT'")).isEqualTo(1);
        assertThat(site.messages().unread(1)).extracting(m -> m.messageKey()).contains("message.closure.refund");
        assertThat(site.messages().unread(2)).extracting(m -> m.messageKey()).contains("message.closure.cancelled");
        assertThat(site.messages().unread(3)).extracting(m -> m.messageKey()).contains("message.closure.waiting");
        List<String> types = site.events().after(before, 100).stream().map(e -> e.type()).toList();
        assertThat(types).hasSize(hit + 1).endsWith("ClosureMade");
        assertThat(types.subList(0, hit)).containsOnly("BookingCancelled");
        // the day is gone from the kiosk, and no path books it
        assertThat(site.facilities().slots(court.id(), tomorrow, site.clock.localNow())).isEmpty();
        assertThat(site.facilities().availability(court.id(), tomorrow, tomorrow, site.clock.localNow())).isEmpty();
        BookingOutcome again = site.bookings().book(new BookingRequest(free.get(0).id(), 4, 1, Channel.KIOSK));
        assertThat(again).isInstanceOfSatisfying(BookingOutcome.Refused.class,
                r -> assertThat(r.refusal().messageKey()).isEqualTo("booking.refused.closed"));
        // and a second closure of the same day is refused
        assertThat(closures().close(tomorrowAtTheCourt("또"), "root").refused().get("firstDay").messageKey())
                .isEqualTo("counter.closure.overlaps");

        long id = closures().current().get(0).id();
        assertThat(closures().reopen(id, "root")).isEmpty();
        assertThat(site.facilities().slots(court.id(), tomorrow, site.clock.localNow())).isNotEmpty();
        assertThat(closures().reopen(id, "root")).get().extracting(r -> r.messageKey()).isEqualTo("counter.closure.notInForce");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClosureReopened'")).isEqualTo(1);
    }

    @Test
    void daysClosedBeforeTheirSlotsArePlannedArePlannedClosed() {
        LocalDate last = site.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(slot_day) FROM slot WHERE facility_id = :f")
                .bind("f", court.id()).mapTo(LocalDate.class).one());
        LocalDate later = last.plusDays(2);
        assertThat(closures().close(new Closures.Draft(Optional.empty(), later, later, "설 연휴", "Lunar New Year"), "root").valid()).isTrue();
        site.slotPlanner().planUntil(site.clock.localNow().toLocalDate(), later.plusDays(1));
        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE slot_day = DATE '" + later + "' AND NOT closed")).isZero();
        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE slot_day = DATE '" + later + "' AND closed")).isPositive();
        assertThat(site.count("SELECT COUNT(*) FROM slot WHERE slot_day = DATE '" + later.plusDays(1) + "' AND NOT closed")).isPositive();
        assertThat(LocalDateTime.now(site.clock)).isBefore(later.atStartOfDay());
    }
}
