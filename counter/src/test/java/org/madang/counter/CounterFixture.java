package org.madang.counter;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.madang.config.ConfigException;
import org.madang.config.SiteConfigLoader;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.event.EventFollower;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.site.Terminal;
import org.madang.core.testing.TestSite;

/** A counter over a seeded test site, and a second terminal (a kiosk) on the same database. */
final class CounterFixture implements AutoCloseable {
    final TestSite site;
    final TestSite kiosk;
    final CounterServices services;

    CounterFixture() {
        site = TestSite.seeded(TestSite.tempRoot());
        site.clerks().add("tester", "시험 직원", "secret-pass".toCharArray(), "clerk:clerk1");
        kiosk = TestSite.open(site.dir.root(), new Terminal("kiosk-2"));
        try {
            services = new CounterServices(new SiteConfigLoader().loadText("", "site.yaml", Map.of(), List.of()), site.clock,
                    site.clerks(), site.bookingStore(), site.events(), new EventFollower(site.events(), Duration.ofMillis(100)),
                    site.staffCalls(), false, site.courses(), site.courseWishes(), site.residents(),
                    new org.madang.core.resident.ResidentPins(site.database.jdbi(), site.events(), site.cipher()));
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kiosk books a court for tomorrow; the booking is made "now" on the site's clock. */
    BookingOutcome kioskBooks(long resident) {
        Facility court = kiosk.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(kiosk.clock);
        Slot slot = kiosk.facilities().slots(court.id(), now.toLocalDate().plusDays(1), now).stream().filter(s -> !s.isFull())
                .findFirst().orElseThrow();
        return kiosk.bookings().book(new BookingRequest(slot.id(), resident, 1, Channel.KIOSK));
    }

    @Override
    public void close() {
        services.follower().close();
        kiosk.close();
        site.close();
    }
}
