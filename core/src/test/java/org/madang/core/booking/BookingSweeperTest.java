package org.madang.core.booking;

import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.PaymentOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.core.booking.RuleFixture.answer;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.resident.ResidentMessage;

/** The rules that act with time: unpaid auto-cancel, no-shows, penalties and bans, their expiry. */
class BookingSweeperTest {
    private final RuleFixture f = new RuleFixture();
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anUnpaidBookingIsCancelledTwoDaysAfterItWasMadeNotBefore() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        f.at(b.createdAt().plusDays(2).minusMinutes(1));
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isZero();
        f.at(b.createdAt().plusDays(2));
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CANCELLED' AND cancel_reason = 'UNPAID'")).isEqualTo(1);
        assertThat(f.slot(1, SAT_10).booked()).isZero();
        assertThat(f.site.messages().unread(RuleFixture.VISITOR)).extracting(ResidentMessage::messageKey)
                .containsExactly("message.unpaidCancelled");
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isZero();
    }

    @Test
    void aPaidBookingIsKeptAndTheSeatOfACancelledOneGoesToTheWaitingList() {
        Booking paid = f.booked(1, SAT_10, RuleFixture.VISITOR);
        f.site.payments().record(ItemKind.BOOKING, paid.id(), PayMethod.CASH, "clerk1");
        Booking unpaid = f.booked(1, SAT_10.plusHours(2), RuleFixture.COUNTY);
        f.site.waitlist().join(unpaid.slotId(), RuleFixture.COUNTY_2, 1);
        f.at(LocalDateTime.of(2026, 11, 23, 10, 0));
        f.site.sweeper().sweep();
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE id = " + paid.id() + " AND status = 'BOOKED'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 6 AND channel = 'WAITLIST' AND status = 'BOOKED'"))
                .isEqualTo(1);
    }

    @Test
    void theNoShowFallsAtTheFifteenthMinute() {
        Booking b = f.booked(5, SAT_10, RuleFixture.COUNTY);
        f.at(SAT_10.plusMinutes(14).plusSeconds(59));
        assertThat(f.site.sweeper().sweep().noShows()).isZero();
        f.at(SAT_10.plusMinutes(15));
        assertThat(f.site.sweeper().sweep().noShows()).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE id = " + b.id() + " AND status = 'NO_SHOW'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM penalty WHERE resident_id = 1")).isEqualTo(1);
        assertThat(f.site.messages().unread(RuleFixture.COUNTY)).extracting(ResidentMessage::messageKey).containsExactly("message.noShow");
        assertThat(f.site.sweeper().sweep().noShows()).isZero();
    }

    @Test
    void aCheckedInBookingIsNoNoShow() {
        Booking b = f.booked(5, SAT_10, RuleFixture.COUNTY);
        f.at(SAT_10);
        f.site.checkIns().checkIn(new CheckInToken(f.site.keys.tokenKey()).issue(b.number()));
        f.at(SAT_10.plusHours(1));
        assertThat(f.site.sweeper().sweep().noShows()).isZero();
    }

    @Test
    void theThirdPenaltyBringsAThirtyDayBan() {
        missOn(SAT_10);
        missOn(SAT_10.plusDays(1));
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban")).isZero();
        missOn(SAT_10.plusDays(2));
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban WHERE resident_id = 1 AND ends_at = '2027-01-13 10:15:00'")).isEqualTo(1);
        assertThat(answer(f.book(5, SAT_10.plusDays(10), RuleFixture.COUNTY))).isEqualTo("booking.refused.banned");
        f.at(LocalDateTime.of(2027, 1, 13, 10, 15));
        assertThat(answer(f.book(5, LocalDateTime.of(2027, 1, 20, 10, 0), RuleFixture.COUNTY))).isEqualTo("booked");
    }

    @Test
    void aPenaltyExpiresAfterThreeMonths() {
        f.site.execute("INSERT INTO booking (id, slot_id, resident_id, party, fee, status, payment, channel, terminal_id, created_at) "
                + "VALUES (900, 1, 1, 1, 0, 'NO_SHOW', 'FREE', 'KIOSK', 't', '2026-08-01 00:00:00'), "
                + "(901, 2, 1, 1, 0, 'NO_SHOW', 'FREE', 'KIOSK', 't', '2026-08-01 00:00:00')");
        f.site.execute("INSERT INTO penalty (resident_id, booking_id, given_at, expires_at) VALUES "
                + "(1, 900, '2026-09-12 10:15:00', '2026-12-12 10:15:00'), (1, 901, '2026-09-12 12:15:00', '2026-12-12 12:15:00')");
        missOn(SAT_10);
        // given at 10:15 on 12 September, the first penalty ended at 10:15 on 12 December, as the third came
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban")).isZero();
        assertThat(f.site.messages().unread(RuleFixture.COUNTY).get(0).args()).contains(2L);
    }

    @Test
    void twoTerminalsSweepingAtOnceDoEachThingOnce() {
        f.booked(5, SAT_10, RuleFixture.COUNTY);
        f.at(SAT_10.plusHours(1));
        BookingSweeper one = f.site.sweeper();
        BookingSweeper two = f.site.sweeper();
        int total = one.sweep().noShows() + two.sweep().noShows();
        assertThat(total).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM penalty")).isEqualTo(1);
    }

    /** Books the free room at {@code start} for the county resident (booking the day before), then misses it. */
    private void missOn(LocalDateTime start) {
        f.at(start.minusDays(1));
        f.booked(5, start, RuleFixture.COUNTY);
        f.at(start.plusMinutes(15));
        f.site.sweeper().sweep();
    }

    @Test
    void aNoShowCheckedInAfterAllWhileTheCountyDidNotAnswerTakesItsPenaltyAndTheBanItStartedBack() {
        missOn(SAT_10);
        missOn(SAT_10.plusDays(1));
        Booking third = f.booked(5, SAT_10.plusDays(2), RuleFixture.COUNTY);
        f.at(SAT_10.plusDays(2).plusMinutes(15));
        f.site.sweeper().sweep();
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban WHERE resident_id = 1 AND ends_at > '2026-12-01 00:00:00'")).isEqualTo(1);

        // the resident had scanned the receipt at 10:05 at a kiosk cut off from the county: it arrives now
        f.at(SAT_10.plusDays(2).plusMinutes(40));
        assertThat(f.site.checkIns().sendTaken(third.id(), SAT_10.plusDays(2).plusMinutes(5))).isTrue();

        assertThat(f.site.count("SELECT COUNT(*) FROM penalty WHERE booking_id = " + third.id())).isZero();
        assertThat(f.site.count("SELECT COUNT(*) FROM penalty WHERE resident_id = 1")).isEqualTo(2);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking_ban WHERE resident_id = 1 AND ends_at > '" 
                + java.sql.Timestamp.valueOf(SAT_10.plusDays(2).plusMinutes(40)) + "'")).as("the ban ended").isZero();
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PenaltyWithdrawn'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'BookingBanChanged' AND actor = 'system'")).isEqualTo(1);
        assertThat(f.site.messages().unread(RuleFixture.COUNTY)).extracting(ResidentMessage::messageKey).contains("message.banLifted");
        assertThat(answer(f.book(5, SAT_10.plusDays(10), RuleFixture.COUNTY))).isEqualTo("booked");
    }
}
