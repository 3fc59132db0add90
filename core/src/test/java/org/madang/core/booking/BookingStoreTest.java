package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My bookings": a resident's own bookings that have not ended, soonest first, cancelled ones left out. */
class BookingStoreTest {
    private final RuleFixture f = new RuleFixture();
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void listsUpcomingBookingsSoonestFirstWithTheFacilityNamed() {
        Booking later = f.booked(1, SAT_10.plusDays(1), RuleFixture.COUNTY);
        Booking sooner = f.booked(5, SAT_10, RuleFixture.COUNTY);
        Booking cancelled = f.booked(3, SAT_10.plusDays(3), RuleFixture.COUNTY);
        f.site.cancellations().cancel(cancelled.id(), RuleFixture.COUNTY, "resident:1");
        f.booked(1, SAT_10, RuleFixture.VISITOR);

        var mine = f.site.bookingStore().upcoming(RuleFixture.COUNTY, f.site.clock.localNow());

        assertThat(mine).extracting(r -> r.booking().id()).containsExactly(sooner.id(), later.id());
        assertThat(mine.get(0).facility().en()).isEqualTo("Meeting room");
        f.at(SAT_10.plusHours(2));
        assertThat(f.site.bookingStore().upcoming(RuleFixture.COUNTY, f.site.clock.localNow()))
                .extracting(r -> r.booking().id()).containsExactly(later.id());
    }

    @Test
    void readsOneBookingForAReprint() {
        Booking b = f.booked(1, SAT_10, RuleFixture.COUNTY);
        assertThat(f.site.bookingStore().byId(b.id())).contains(b);
        assertThat(f.site.bookingStore().byId(999_999)).isEmpty();
    }
}
