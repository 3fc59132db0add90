package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingPolicy;
import org.madang.core.demo.DemoCatalogue.FacilitySpec;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.SlotPlanner;

/**
 * A year of slots for every demo facility, and the bookings that fill them: busy in the past,
 * thinning out towards the end of the booking window, busier at weekends.
 */
final class DemoBookings {
    private static final int BATCH = 2000;
    private static final int DEMO_CARD_HOLDERS = DemoCards.RESIDENTS.size();
    /** 김영희's resident id. */
    private static final int FIRST_CARD_HOLDER = 1;

    private final DemoScale scale;
    private final List<FacilitySpec> facilities;
    private final boolean[] countyById;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random;

    DemoBookings(DemoScale scale, List<FacilitySpec> facilities, boolean[] countyById, LocalDate today, LocalDateTime now,
                 Random random) {
        this.scale = scale;
        this.facilities = facilities;
        this.countyById = countyById;
        this.today = today;
        this.now = now;
        this.random = random;
    }

    void insert(Connection c) throws SQLException {
        BookingCalendar calendar = new BookingCalendar(BookingPolicy.DEFAULTS);
        LocalDate lastOpen = calendar.lastOpenDay(now);
        LocalDate lastDay = calendar.lastShownDay(now);
        if (lastDay.isBefore(today.plusDays(scale.daysAhead()))) {
            lastDay = today.plusDays(scale.daysAhead());
        }
        try (PreparedStatement slots = c.prepareStatement("INSERT INTO slot (id, facility_id, slot_day, starts_at, ends_at, "
                + "capacity, booked) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement bookings = c.prepareStatement("INSERT INTO booking (id, slot_id, resident_id, party, fee, "
                     + "status, payment, channel, terminal_id, created_at, fee_basis, pay_by, checked_in_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement entries = c.prepareStatement("INSERT INTO lottery_entry (slot_id, resident_id, party, status, "
                     + "created_at) VALUES (?, ?, ?, 'ENTERED', ?)")) {
            long slotId = 0;
            long bookingId = 0;
            int pendingSlots = 0;
            int pendingBookings = 0;
            for (LocalDate day = today.minusDays(scale.daysBack()); !day.isAfter(lastDay); day = day.plusDays(1)) {
                double fill = day.isAfter(lastOpen) ? 0 : fill(day);
                for (int f = 0; f < facilities.size(); f++) {
                    FacilitySpec facility = facilities.get(f);
                    boolean lottery = calendar.phase(day, facility.popular(), now) instanceof BookingCalendar.Phase.LotteryEntry;
                    for (LocalTime start : SlotPlanner.starts(facility.opens(), facility.closes(), facility.slotMinutes())) {
                        LocalDateTime startsAt = day.atTime(start);
                        LocalDateTime endsAt = startsAt.plusMinutes(facility.slotMinutes());
                        slotId++;
                        int booked = 0;
                        int target = (int) Math.round(facility.capacity() * fill * (0.75 + 0.5 * random.nextDouble()));
                        if (facility.capacity() == 1) {
                            target = random.nextDouble() < fill ? 1 : 0;
                        }
                        boolean holders = cardHoldersSlot(f, startsAt);
                        if (holders) {
                            target = Math.max(target, 1);
                        }
                        while (booked < Math.min(target, facility.capacity())) {
                            int party = facility.perSeat() ? Math.min(1 + random.nextInt(4), facility.capacity() - booked) : 1 + random.nextInt(4);
                            int units = facility.perSeat() ? party : 1;
                            int resident = holders && booked == 0 ? FIRST_CARD_HOLDER : someResident();
                            LocalDateTime created = createdAt(startsAt);
                            long fee = (long) facility.fee() * (facility.perSeat() ? party : 1);
                            if (countyById[resident]) {
                                fee = fee / 2 / 10 * 10;
                            }
                            boolean past = startsAt.isBefore(now);
                            String payment = fee == 0 ? "FREE" : past || random.nextBoolean() ? "PAID" : "UNPAID";
                            LocalDateTime payBy = "UNPAID".equals(payment) ? created.plusDays(2) : null;
                            if (payBy != null && (!payBy.isAfter(now) || payBy.isAfter(startsAt))) {
                                // an unpaid booking past its deadline would have been cancelled: this one was paid
                                payment = "PAID";
                                payBy = null;
                            }
                            if (resident == FIRST_CARD_HOLDER && fee > 0) {
                                // paid at the counter, so her check-in and refund can be shown
                                payment = "PAID";
                                payBy = null;
                            }
                            bookings.setLong(1, ++bookingId);
                            bookings.setLong(2, slotId);
                            bookings.setLong(3, resident);
                            bookings.setInt(4, party);
                            bookings.setLong(5, fee);
                            bookings.setString(6, past ? "CHECKED_IN" : "BOOKED");
                            bookings.setString(7, payment);
                            bookings.setString(8, random.nextInt(3) == 0 ? "COUNTER" : "KIOSK");
                            bookings.setString(9, random.nextInt(3) == 0 ? "counter-1" : "kiosk-1");
                            bookings.setObject(10, created);
                            bookings.setString(11, fee == 0 ? "FREE_FACILITY" : countyById[resident] ? "RESIDENT" : "FULL");
                            bookings.setObject(12, payBy);
                            bookings.setObject(13, past ? startsAt.minusMinutes(5 + random.nextInt(20)) : null);
                            bookings.addBatch();
                            booked += units;
                            pendingBookings++;
                        }
                        slots.setLong(1, slotId);
                        slots.setLong(2, f + 1L);
                        slots.setObject(3, day);
                        slots.setObject(4, startsAt);
                        slots.setObject(5, endsAt);
                        slots.setInt(6, facility.capacity());
                        slots.setInt(7, booked);
                        slots.addBatch();
                        if (lottery) {
                            enter(entries, slotId, facility);
                        }
                        if (++pendingSlots >= BATCH || pendingBookings >= BATCH) {
                            // slots first: bookings and entries reference them
                            slots.executeBatch();
                            pendingSlots = 0;
                            bookings.executeBatch();
                            pendingBookings = 0;
                            entries.executeBatch();
                        }
                    }
                }
            }
            slots.executeBatch();
            bookings.executeBatch();
            entries.executeBatch();
        }
    }

    /** A few residents (never the demo card holders) have entered the draw of a popular slot already. */
    private void enter(PreparedStatement entries, long slotId, FacilitySpec facility) throws SQLException {
        int n = random.nextInt(4);
        java.util.Set<Integer> who = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int resident = someResident();
            if (who.add(resident)) {
                entries.setLong(1, slotId);
                entries.setLong(2, resident);
                entries.setInt(3, facility.perSeat() ? 1 + random.nextInt(3) : 1);
                entries.setObject(4, now.minusMinutes(1 + random.nextInt(50)));
                entries.addBatch();
            }
        }
    }

    /**
     * The slots booked for 김영희, the first demo card holder, so "My bookings" and check-in have
     * something of hers to show: the first indoor sports court's next time today, and the first
     * room's first time four days ahead.
     */
    private boolean cardHoldersSlot(int facilityIndex, LocalDateTime startsAt) {
        FacilitySpec f = facilities.get(facilityIndex);
        if (facilityIndex == firstOf(FacilityCategory.ROOM)) {
            return startsAt.equals(today.plusDays(4).atTime(f.opens()));
        }
        if (facilityIndex == firstOf(FacilityCategory.SPORTS)) {
            LocalDateTime next = SlotPlanner.starts(f.opens(), f.closes(), f.slotMinutes()).stream().map(today::atTime)
                    .filter(t -> t.isAfter(now)).findFirst().orElse(null);
            return startsAt.equals(next);
        }
        return false;
    }

    private int firstOf(FacilityCategory category) {
        for (int i = 0; i < facilities.size(); i++) {
            if (facilities.get(i).category() == category && !facilities.get(i).popular() && !facilities.get(i).perSeat()) {
                return i;
            }
        }
        return -1;
    }

    private int someResident() {
        return DEMO_CARD_HOLDERS + 1 + random.nextInt(countyById.length - 1 - DEMO_CARD_HOLDERS);
    }

    /** Share of capacity booked on a day: steady in the past, thinning out over the window ahead. */
    private double fill(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double base;
        if (day.isBefore(today)) {
            base = scale.pastFill();
        } else {
            long ahead = day.toEpochDay() - today.toEpochDay();
            base = 0.55 * Math.exp(-ahead / 18.0);
        }
        return Math.min(0.98, weekend ? base * 1.12 : base * 0.96);
    }

    /** When a booking was made: some days before its slot, in office hours, never in the future. */
    private LocalDateTime createdAt(LocalDateTime startsAt) {
        LocalDateTime created = startsAt.toLocalDate().minusDays(1 + random.nextInt(20))
                .atTime(9 + random.nextInt(9), random.nextInt(60));
        return created.isAfter(now) ? now.minusMinutes(5 + random.nextInt(600)) : created;
    }
}
