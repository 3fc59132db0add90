package org.madang.core.booking;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;

/**
 * Check-in by the QR code of a booking receipt: from 30 minutes before the start until the
 * booking would count as a no-show. The code must carry the site's signature; anything else
 * (another system's code, a made-up number) is told apart and answered plainly.
 */
public final class CheckIns {
    /** The booking rules as they stand (live: read again every few seconds). */
    private final BookingRules rulesNow;
    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final CheckInToken tokens;
    private final Clock clock;

    public CheckIns(Jdbi jdbi, EventLog events, FacilityStore facilities, CheckInToken tokens, BookingRules rules, Clock clock) {
        this.rulesNow = rules;
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Checks in the booking a scanned code names. */
    public CheckInOutcome checkIn(String scanned) {
        Optional<Long> id = bookingId(scanned);
        if (id.isEmpty()) {
            if (tokens.isTicket(scanned)) {
                return refused("checkin.refused.queueTicket");
            }
            return refused(looksLikeOurs(scanned) ? "checkin.refused.forged" : "checkin.refused.foreign");
        }
        return checkIn(id.get(), null);
    }

    /**
     * A clerk checks a resident in at the desk (the receipt left at home, a phone too old for
     * the code): the same rules as the kiosk's scan, the clerk named in the event.
     */
    public CheckInOutcome checkInAtDesk(long bookingId, String clerk) {
        return checkIn(bookingId, clerk);
    }

    private CheckInOutcome checkIn(long bookingId, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            if (clerk != null) {
                StaffRights.require(h, clerk, Permission.WINDOW);
            }
            Optional<Booking> found = BookingRows.lock(h, bookingId);
            if (found.isEmpty()) {
                return refused("checkin.refused.unknown");
            }
            Booking b = found.get();
            Facility facility = facilities.byId(b.facilityId()).orElseThrow();
            boolean today = b.startsAt().toLocalDate().equals(now.toLocalDate());
            if (b.status() == BookingStatus.CANCELLED) {
                return refused("checkin.refused.cancelled", facility.name(), b.startsAt());
            }
            if (b.status() == BookingStatus.CHECKED_IN) {
                return refused("checkin.refused.already", facility.name(), b.checkedInAt().toLocalTime());
            }
            if (!today) {
                return b.startsAt().isBefore(now) ? refused("checkin.refused.past", facility.name(), b.startsAt())
                        : refused("checkin.refused.otherDay", facility.name(), b.startsAt(), calendar().checkInFrom(b.startsAt()).toLocalTime());
            }
            if (now.isBefore(calendar().checkInFrom(b.startsAt()))) {
                return refused("checkin.refused.tooEarly", facility.name(), b.startsAt().toLocalTime(),
                        calendar().checkInFrom(b.startsAt()).toLocalTime());
            }
            if (b.status() == BookingStatus.NO_SHOW || !now.isBefore(calendar().noShowAt(b.startsAt()))) {
                return refused("checkin.refused.tooLate", facility.name(), b.startsAt().toLocalTime(),
                        calendar().noShowAt(b.startsAt()).toLocalTime());
            }
            if (b.payment() == PaymentState.UNPAID) {
                return refused("checkin.refused.unpaid", facility.name(), b.fee());
            }
            h.createUpdate("UPDATE booking SET status = 'CHECKED_IN', checked_in_at = :now WHERE id = :id")
                    .bind("now", now).bind("id", b.id()).execute();
            events.append(h, new EventDraft(EventType.BOOKING_CHECKED_IN, "booking:" + b.id(),
                    clerk == null ? "resident:" + b.residentId() : "clerk:" + clerk, Map.of("number", b.number())));
            return new CheckInOutcome.CheckedIn(BookingRows.byId(h, b.id()).orElseThrow(), facility);
        });
    }

    /** The resident whose genuine receipt was scanned (a returning resident identifies with it); empty otherwise. */
    public Optional<Long> residentOf(String scanned) {
        return bookingId(scanned).flatMap(id -> jdbi.withHandle(h -> BookingRows.byId(h, id))).map(Booking::residentId);
    }

    private Optional<Long> bookingId(String scanned) {
        return tokens.verify(scanned).flatMap(BookingNumber::parse);
    }

    /** A code in our format whose signature does not hold: made up or altered, not merely from elsewhere. */
    private static boolean looksLikeOurs(String scanned) {
        return scanned != null && scanned.startsWith(CheckInToken.PREFIX);
    }

    private static CheckInOutcome refused(String key, Object... args) {
        return new CheckInOutcome.Refused(Refusal.of(key, args));
    }

    /** The calendar of the rules as they stand now. */
    private BookingCalendar calendar() {
        return rulesNow.calendar();
    }
}
