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
    private final Optional<Offline> offline;

    public CheckIns(Jdbi jdbi, EventLog events, FacilityStore facilities, CheckInToken tokens, BookingRules rules, Clock clock) {
        this(jdbi, events, facilities, tokens, rules, clock, Optional.empty());
    }

    private CheckIns(Jdbi jdbi, EventLog events, FacilityStore facilities, CheckInToken tokens, BookingRules rules, Clock clock,
                     Optional<Offline> offline) {
        this.rulesNow = rules;
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.tokens = tokens;
        this.clock = clock;
        this.offline = offline;
    }

    /**
     * A kiosk of a centre with a cache of the county (SCALE.md): while the county does not answer,
     * a resident's scan checks in the booking as the cache holds it, by the same rules; the check-in
     * waits in the cache and {@link #sendTaken} gives it to the county when the link is back.
     */
    public interface Offline {
        /** Whether the county is known not to answer now (a scan then does not wait for it). */
        boolean countyDown();

        /** The booking as the cache holds it. */
        Optional<Booking> cached(long bookingId);

        /** Keeps the check-in until it is sent (and shows the cached booking checked in). */
        void taken(long bookingId, LocalDateTime at);
    }

    /** These check-ins, taking a resident's scan in the cache while the county does not answer. */
    public CheckIns offline(Offline way) {
        return new CheckIns(jdbi, events, facilities, tokens, rulesNow, clock, Optional.of(way));
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
        if (clerk == null && offline.isPresent() && offline.get().countyDown()) {
            return checkInHere(bookingId);
        }
        try {
            return checkInAtCounty(bookingId, clerk);
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (clerk == null && offline.isPresent() && org.madang.core.county.CountyLink.lostCounty(e)) {
                return checkInHere(bookingId);
            }
            throw e;
        }
    }

    /** The offline way: the booking as cached, the same rules, the check-in kept in the cache to be sent. */
    private CheckInOutcome checkInHere(long bookingId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Booking> found = offline.get().cached(bookingId);
        if (found.isEmpty()) {
            // booked moments before the link broke, perhaps: not "unknown", which would send the resident away wrongly
            return refused("checkin.refused.notCached");
        }
        Booking b = found.get();
        Facility facility = facilities.byId(b.facilityId()).orElseThrow();
        Optional<CheckInOutcome> refusal = refusal(b, facility, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        offline.get().taken(b.id(), now);
        return new CheckInOutcome.CheckedIn(offline.get().cached(b.id()).orElseThrow(), facility);
    }

    /**
     * Gives the county a check-in taken here while it did not answer, as taken then: a booking
     * still booked — or marked a no-show meanwhile by another centre's sweep, though the resident
     * came — is checked in at that time, with its event; one cancelled or checked in meanwhile is
     * left as it is. Either way the county has answered for good.
     *
     * @return whether the booking was checked in now
     */
    public boolean sendTaken(long bookingId, LocalDateTime at) {
        return jdbi.inTransaction(h -> {
            Optional<Booking> found = BookingRows.lock(h, bookingId);
            if (found.isEmpty() || found.get().status() != BookingStatus.BOOKED && found.get().status() != BookingStatus.NO_SHOW) {
                return false;
            }
            Booking b = found.get();
            h.createUpdate("UPDATE booking SET status = 'CHECKED_IN', checked_in_at = :at WHERE id = :id")
                    .bind("at", at).bind("id", b.id()).execute();
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("number", b.number());
            details.put("takenWhileOffline", at.toString());
            if (b.status() == BookingStatus.NO_SHOW) {
                details.put("wasNoShow", true);
            }
            events.append(h, new EventDraft(EventType.BOOKING_CHECKED_IN, "booking:" + b.id(), "resident:" + b.residentId(), details));
            if (b.status() == BookingStatus.NO_SHOW) {
                undoNoShow(h, b);
            }
            return true;
        });
    }

    /**
     * A no-show the resident did not commit (they checked in while the county did not answer):
     * its penalty goes, and a ban that penalty started — one starting when the booking was
     * missed, which the penalties left no longer reach — ends now, with its event and a message
     * to the resident, as a clerk's lifting does.
     */
    private void undoNoShow(org.jdbi.v3.core.Handle h, Booking b) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> given = h.createQuery("SELECT given_at FROM penalty WHERE booking_id = :b").bind("b", b.id())
                .mapTo(LocalDateTime.class).findOne();
        if (given.isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM penalty WHERE booking_id = :b").bind("b", b.id()).execute();
        events.append(h, new EventDraft(EventType.PENALTY_WITHDRAWN, "booking:" + b.id(), "system",
                Map.of("resident", b.residentId(), "reason", "checkedInWhileOffline")));
        int left = h.createQuery("SELECT COUNT(*) FROM penalty WHERE resident_id = :r AND given_at <= :at AND expires_at > :at")
                .bind("r", b.residentId()).bind("at", given.get()).mapTo(Integer.class).one();
        if (left >= rulesNow.policy().penaltiesForBan()) {
            return;
        }
        Optional<LocalDateTime> ends = h.createQuery("SELECT MAX(ends_at) FROM booking_ban WHERE resident_id = :r AND starts_at = :at "
                        + "AND ends_at > :now").bind("r", b.residentId()).bind("at", given.get()).bind("now", now)
                .mapTo(LocalDateTime.class).findOne();
        if (ends.isEmpty()) {
            return;
        }
        Bans.end(h, events, b.residentId(), given.get(), ends.get(), now, now, "system", "system",
                "checked in while the county did not answer (booking " + b.number() + ")");
    }

    /** Why a booking cannot be checked in {@code now}, if it cannot. */
    private Optional<CheckInOutcome> refusal(Booking b, Facility facility, LocalDateTime now) {
        boolean today = b.startsAt().toLocalDate().equals(now.toLocalDate());
        if (b.status() == BookingStatus.CANCELLED) {
            return Optional.of(refused("checkin.refused.cancelled", facility.name(), b.startsAt()));
        }
        if (b.status() == BookingStatus.CHECKED_IN) {
            return Optional.of(refused("checkin.refused.already", facility.name(), b.checkedInAt().toLocalTime()));
        }
        if (!today) {
            return Optional.of(b.startsAt().isBefore(now) ? refused("checkin.refused.past", facility.name(), b.startsAt())
                    : refused("checkin.refused.otherDay", facility.name(), b.startsAt(), calendar().checkInFrom(b.startsAt()).toLocalTime()));
        }
        if (now.isBefore(calendar().checkInFrom(b.startsAt()))) {
            return Optional.of(refused("checkin.refused.tooEarly", facility.name(), b.startsAt().toLocalTime(),
                    calendar().checkInFrom(b.startsAt()).toLocalTime()));
        }
        if (b.status() == BookingStatus.NO_SHOW || !now.isBefore(calendar().noShowAt(b.startsAt()))) {
            return Optional.of(refused("checkin.refused.tooLate", facility.name(), b.startsAt().toLocalTime(),
                    calendar().noShowAt(b.startsAt()).toLocalTime()));
        }
        if (b.payment() == PaymentState.UNPAID) {
            return Optional.of(refused("checkin.refused.unpaid", facility.name(), b.fee()));
        }
        return Optional.empty();
    }

    private CheckInOutcome checkInAtCounty(long bookingId, String clerk) {
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
            Optional<CheckInOutcome> refusal = refusal(b, facility, now);
            if (refusal.isPresent()) {
                return refusal.get();
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
