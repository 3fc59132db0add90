package org.madang.kiosk;

import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.facility.Slot;
import org.madang.hardware.id.Identity;

/** The kiosk fixture as tests in sub-packages see it. */
public final class KioskFixtureAccess implements AutoCloseable {
    private final KioskFixture fixture;

    private KioskFixtureAccess(KioskFixture fixture) {
        this.fixture = fixture;
    }

    public static KioskFixtureAccess create() {
        return new KioskFixtureAccess(new KioskFixture());
    }

    /** A kiosk with these site settings ({@code key=value}) over the defaults. */
    public static KioskFixtureAccess create(String... sets) {
        return new KioskFixtureAccess(new KioskFixture(sets));
    }

    /** The site settings the kiosk runs with. */
    public org.madang.config.SiteConfig config() {
        return fixture.config;
    }

    /** The seeded test site under the kiosk (its events, its rows). */
    public org.madang.core.testing.TestSite site() {
        return fixture.site;
    }

    /** The Hangul font the kiosk draws with. */
    public String font() {
        return fixture.font;
    }

    public KioskServices services() {
        return fixture.services;
    }

    public void insert(Identity card) {
        fixture.reader.insert(card);
    }

    public void insertUnreadable() {
        fixture.reader.insertUnreadable("bad check digit");
    }

    /** Books a slot as another terminal would, bypassing the kiosk. */
    public BookingOutcome bookDirectly(Slot slot, long resident) {
        return fixture.site.bookings().book(new BookingRequest(slot.id(), resident, 1, Channel.COUNTER));
    }

    /** Holds a code under the simulated QR scanner. */
    public void scan(String text) {
        fixture.scanner.scan(text);
    }

    /** Books another free time of the same facility and day for a resident, as the counter would; whether it was booked. */
    public boolean bookOtherTimeSameDay(Slot slot, long resident) {
        return fixture.site.facilities().slots(slot.facilityId(), slot.startsAt().toLocalDate(),
                        java.time.LocalDateTime.now(fixture.site.clock)).stream()
                .filter(s -> !s.isFull() && s.id() != slot.id()).findFirst()
                .map(s -> fixture.site.bookings().book(new BookingRequest(s.id(), resident, 1, Channel.COUNTER)))
                .map(o -> o instanceof BookingOutcome.Booked).orElse(false);
    }

    public long bookingsOf(long resident) {
        return fixture.site.count("SELECT COUNT(*) FROM booking WHERE status <> 'CANCELLED' AND resident_id = " + resident);
    }

    @Override
    public void close() {
        fixture.close();
    }
}
