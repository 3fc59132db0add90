package org.madang.core.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;

/**
 * A small site made for the rule tests, so every figure can be tested at its edges without
 * the demo's random bookings in the way: a court, a popular court, a class that sells seats,
 * a campsite and a free room; a county resident, a visitor, a senior, a resident with a
 * disability and a basic-livelihood recipient. Slots are planned for Nov 2026 – Jan 2027.
 */
final class RuleFixture implements AutoCloseable {
    static final long COUNTY = 1;
    static final long VISITOR = 2;
    static final long SENIOR = 3;
    static final long DISABLED = 4;
    static final long LIVELIHOOD = 5;
    static final long COUNTY_2 = 6;

    final TestSite site;

    RuleFixture() {
        site = TestSite.empty(TestSite.tempRoot()).staff("clerk1", "clerk2", "clerk0", "clerk3", "clerk4", "clerk5");
        site.execute("INSERT INTO facility (site, id, code, category, name_ko, name_en, summary_ko, summary_en, location_ko, location_en, "
                + "capacity, per_seat, fee, opens_at, closes_at, slot_minutes, popular) VALUES "
                + "('main', 1, 'court', 'SPORTS', '배드민턴장', 'Badminton court', '', '', '', '', 1, FALSE, 4000, '06:00', '22:00', 120, FALSE), "
                + "('main', 2, 'tennis', 'SPORTS', '테니스장', 'Tennis court', '', '', '', '', 1, FALSE, 8000, '06:00', '22:00', 120, TRUE), "
                + "('main', 3, 'pottery', 'EXPERIENCE', '도자기 체험', 'Pottery', '', '', '', '', 4, TRUE, 10000, '10:00', '16:00', 120, FALSE), "
                + "('main', 4, 'camp', 'CAMPING', '캠핑장', 'Campsite', '', '', '', '', 1, FALSE, 25000, '14:00', '11:00', 1260, FALSE), "
                + "('main', 5, 'room', 'ROOM', '회의실', 'Meeting room', '', '', '', '', 1, FALSE, 0, '10:00', '22:00', 120, FALSE)");
        site.execute("ALTER TABLE facility ALTER COLUMN id RESTART WITH 10");
        site.execute("INSERT INTO resident (id, name, birth_date, sex, rrn_hash, rrn_cipher, address, county_resident, created_at, "
                + "disability, basic_livelihood) VALUES "
                + "(1, '김주민', '1980-05-05', 'F', 'h1', 'c1', '마당군', TRUE, '2020-01-01 00:00:00', FALSE, FALSE), "
                + "(2, '박방문', '1985-01-01', 'M', 'h2', 'c2', '서울', FALSE, '2020-01-01 00:00:00', FALSE, FALSE), "
                + "(3, '이어른', '1961-12-13', 'M', 'h3', 'c3', '서울', FALSE, '2020-01-01 00:00:00', FALSE, FALSE), "
                + "(4, '최장애', '1990-03-03', 'F', 'h4', 'c4', '서울', FALSE, '2020-01-01 00:00:00', TRUE, FALSE), "
                + "(5, '정수급', '1970-07-07', 'M', 'h5', 'c5', '마당군', TRUE, '2020-01-01 00:00:00', FALSE, TRUE), "
                + "(6, '한이웃', '1975-02-02', 'F', 'h6', 'c6', '마당군', TRUE, '2020-01-01 00:00:00', FALSE, FALSE)");
        site.execute("ALTER TABLE resident ALTER COLUMN id RESTART WITH 10");
        site.slotPlanner().planUntil(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31));
    }

    Facility facility(long id) {
        return site.facilities().byId(id).orElseThrow();
    }

    Slot slot(long facilityId, LocalDateTime start) {
        return site.facilities().slots(facilityId, start.toLocalDate(), start.minusMinutes(1)).stream()
                .filter(s -> s.startsAt().equals(start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no slot of facility " + facilityId + " at " + start));
    }

    BookingOutcome book(long facilityId, LocalDateTime start, long resident) {
        return book(facilityId, start, resident, 1);
    }

    BookingOutcome book(long facilityId, LocalDateTime start, long resident, int party) {
        return site.bookings().book(new BookingRequest(slot(facilityId, start).id(), resident, party, Channel.KIOSK));
    }

    Booking booked(long facilityId, LocalDateTime start, long resident) {
        BookingOutcome outcome = book(facilityId, start, resident);
        if (outcome instanceof BookingOutcome.Booked b) {
            return b.booking();
        }
        throw new AssertionError("expected a booking, got " + outcome);
    }

    /** The refusal's message key, or "booked". */
    static String answer(BookingOutcome outcome) {
        return outcome instanceof BookingOutcome.Refused r ? r.refusal().messageKey() : "booked";
    }

    void at(LocalDateTime time) {
        site.clock.set(time);
    }

    @Override
    public void close() {
        site.close();
    }
}
