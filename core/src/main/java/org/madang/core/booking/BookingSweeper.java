package org.madang.core.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.site.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules that act with time rather than at a touch: unpaid bookings cancelled at their
 * deadline (seats to the waiting list), no-shows given a penalty (and a ban at the third),
 * lottery draws when due. Every terminal runs it every minute; each change is a conditional
 * update, so two terminals sweeping at once do each thing once.
 */
public final class BookingSweeper {
    private static final Logger log = LoggerFactory.getLogger(BookingSweeper.class);

    private final Jdbi jdbi;
    private final EventLog events;
    private final FacilityStore facilities;
    private final BookingRules rules;
    private final BookingRows rows;
    private final Waitlist waitlist;
    private final Lottery lottery;
    private final Clock clock;

    public BookingSweeper(Jdbi jdbi, EventLog events, FacilityStore facilities, BookingRules rules, Waitlist waitlist,
                          Lottery lottery, Clock clock, Terminal terminal) {
        this.jdbi = jdbi;
        this.events = events;
        this.facilities = facilities;
        this.rules = rules;
        this.rows = new BookingRows(events, terminal, rules.policy());
        this.waitlist = waitlist;
        this.lottery = lottery;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Report(int draws, int unpaidCancelled, int noShows, int bans) {
        public boolean changedAnything() {
            return draws + unpaidCancelled + noShows + bans > 0;
        }
    }

    public Report sweep() {
        int draws = lottery.drawDue().size();
        int unpaid = cancelUnpaid();
        int[] noShows = recordNoShows();
        Report report = new Report(draws, unpaid, noShows[0], noShows[1]);
        if (report.changedAnything()) {
            log.info("sweep: {} draws, {} unpaid bookings cancelled, {} no-shows, {} bans", draws, unpaid, noShows[0], noShows[1]);
        }
        return report;
    }

    private int cancelUnpaid() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT id FROM booking WHERE status = 'BOOKED' AND payment = 'UNPAID' "
                + "AND pay_by <= :now ORDER BY id").bind("now", now).mapTo(Long.class).list());
        int done = 0;
        for (long id : due) {
            done += jdbi.inTransaction(h -> {
                Booking b = BookingRows.lock(h, id).orElseThrow();
                if (b.status() != BookingStatus.BOOKED || b.payment() != PaymentState.UNPAID) {
                    return 0;
                }
                Facility facility = facilities.byId(b.facilityId()).orElseThrow();
                rows.cancel(h, b, facility, "UNPAID", 0, now, "system");
                ResidentMessages.leave(h, b.residentId(), now, "message.unpaidCancelled", facility.name(), b.startsAt(), b.number());
                waitlist.offerFreedSeats(h, b.slotId(), now);
                return 1;
            });
        }
        return done;
    }

    /** @return no-shows recorded and bans started */
    private int[] recordNoShows() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime startedBefore = now.minus(rules.policy().noShowAfter());
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT b.id FROM booking b JOIN slot s ON s.id = b.slot_id "
                + "WHERE b.status = 'BOOKED' AND s.starts_at <= :before ORDER BY s.starts_at, b.id")
                .bind("before", startedBefore).mapTo(Long.class).list());
        int[] counts = new int[2];
        for (long id : due) {
            jdbi.useTransaction(h -> {
                h.createQuery("SELECT id FROM resident WHERE id = (SELECT resident_id FROM booking WHERE id = :id) FOR UPDATE")
                        .bind("id", id).mapTo(Long.class).one();
                Booking b = BookingRows.lock(h, id).orElseThrow();
                if (b.status() != BookingStatus.BOOKED || now.isBefore(calendar().noShowAt(b.startsAt()))) {
                    return;
                }
                counts[0]++;
                if (penalise(h, b, now)) {
                    counts[1]++;
                }
            });
        }
        return counts;
    }

    /** Marks a no-show, gives the penalty and, at the limit, a ban; true when a ban started. */
    private boolean penalise(Handle h, Booking b, LocalDateTime now) {
        // the penalty runs from when the booking was missed, so a sweep that comes late changes nothing
        LocalDateTime missedAt = calendar().noShowAt(b.startsAt());
        Facility facility = facilities.byId(b.facilityId()).orElseThrow();
        h.createUpdate("UPDATE booking SET status = 'NO_SHOW' WHERE id = :id").bind("id", b.id()).execute();
        h.createUpdate("INSERT INTO penalty (resident_id, booking_id, given_at, expires_at) VALUES (:r, :b, :at, :until)")
                .bind("r", b.residentId()).bind("b", b.id()).bind("at", missedAt)
                .bind("until", missedAt.plusMonths(rules.policy().penaltyMonths())).execute();
        events.append(h, new EventDraft(EventType.BOOKING_NO_SHOW, "booking:" + b.id(), "system", Map.of("number", b.number())));
        int active = h.createQuery("SELECT COUNT(*) FROM penalty WHERE resident_id = :r AND given_at <= :at AND expires_at > :at")
                .bind("r", b.residentId()).bind("at", missedAt).mapTo(Integer.class).one();
        boolean banned = h.createQuery("SELECT COUNT(*) FROM booking_ban WHERE resident_id = :r AND ends_at > :at")
                .bind("r", b.residentId()).bind("at", missedAt).mapTo(Integer.class).one() > 0;
        if (active >= rules.policy().penaltiesForBan() && !banned) {
            LocalDateTime until = missedAt.plusDays(rules.policy().banDays());
            h.createUpdate("INSERT INTO booking_ban (resident_id, starts_at, ends_at) VALUES (:r, :from, :until)")
                    .bind("r", b.residentId()).bind("from", missedAt).bind("until", until).execute();
            events.append(h, new EventDraft(EventType.BOOKING_BAN_STARTED, "resident:" + b.residentId(), "system",
                    Map.of("until", until.toString(), "penalties", active)));
            ResidentMessages.leave(h, b.residentId(), now, "message.banned", facility.name(), b.startsAt(), active, until.toLocalDate());
            return true;
        }
        ResidentMessages.leave(h, b.residentId(), now, "message.noShow", facility.name(), b.startsAt(), active,
                rules.policy().penaltiesForBan());
        return false;
    }

    /** The calendar of the rules as they stand now. */
    private BookingCalendar calendar() {
        return rules.calendar();
    }
}
