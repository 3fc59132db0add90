package org.madang.core.booking;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventLog;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.site.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancelling bookings with the refund schedule of POLICIES.md: 7+ days before 100 %, 3–6 days
 * 90 %, 1–2 days 70 %, on the day nothing. The freed seats go to the waiting list in the same
 * transaction.
 */
public final class Cancellations {
    /** The booking rules as they stand (live: read again every few seconds). */
    private final BookingRules rulesNow;
    private static final Logger log = LoggerFactory.getLogger(Cancellations.class);

    private final Jdbi jdbi;
    private final FacilityStore facilities;
    private final BookingRows rows;
    private final Waitlist waitlist;
    private final Clock clock;

    public Cancellations(Jdbi jdbi, EventLog events, FacilityStore facilities, BookingRules rules, Waitlist waitlist, Clock clock,
                         Terminal terminal) {
        this.rulesNow = rules;
        this.jdbi = jdbi;
        this.facilities = facilities;
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.waitlist = waitlist;
        this.clock = clock;
    }

    /** The refund a cancellation now would give; empty for an unknown booking. */
    public Optional<CancelQuote> quote(long bookingId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.withHandle(h -> BookingRows.byId(h, bookingId)).map(b -> quote(b, now));
    }

    private CancelQuote quote(Booking b, LocalDateTime now) {
        int percent = calendar().refundPercent(b.startsAt().toLocalDate(), now.toLocalDate());
        boolean paid = b.payment() == PaymentState.PAID;
        int refund = paid ? b.fee() * percent / 100 / 10 * 10 : 0;
        return new CancelQuote(b, percent, refund, paid);
    }

    /**
     * Cancels a booking of {@code residentId} (the resident at the kiosk, or the clerk acting
     * for them, named by {@code actor}).
     */
    public CancelOutcome cancel(long bookingId, long residentId, String actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.requireIfStaff(h, actor, Permission.WINDOW);
            Optional<Booking> found = BookingRows.lock(h, bookingId);
            if (found.isEmpty() || found.get().residentId() != residentId) {
                return refused("booking.cancel.refused.notYours");
            }
            Booking b = found.get();
            if (b.status() == BookingStatus.CANCELLED) {
                return refused("booking.cancel.refused.already");
            }
            if (b.status() != BookingStatus.BOOKED || !b.startsAt().isAfter(now)) {
                return refused("booking.cancel.refused.started", b.startsAt());
            }
            Facility facility = facilities.byId(b.facilityId()).orElseThrow();
            CancelQuote q = quote(b, now);
            rows.cancel(h, b, facility, "RESIDENT", q.refund(), now, actor);
            waitlist.offerFreedSeats(h, b.slotId(), now);
            log.info("cancelled {} (refund {} won)", b.number(), q.refund());
            return new CancelOutcome.Cancelled(BookingRows.byId(h, bookingId).orElseThrow(), q.refund());
        });
    }

    private static CancelOutcome refused(String key, Object... args) {
        return new CancelOutcome.Refused(Refusal.of(key, args));
    }

    /** The calendar of the rules as they stand now. */
    private BookingCalendar calendar() {
        return rulesNow.calendar();
    }
}
