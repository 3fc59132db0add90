package org.madang.core.booking;

import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.PaymentOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Check-in by the receipt's signed QR: each wrong moment and each wrong code has its own answer. */
class CheckInsTest {
    private final RuleFixture f = new RuleFixture();
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    private String qrOf(Booking b) {
        return new CheckInToken(f.site.keys.tokenKey()).issue(b.number());
    }

    private String answer(String scanned) {
        CheckInOutcome outcome = f.site.checkIns().checkIn(scanned);
        return outcome instanceof CheckInOutcome.Refused r ? r.refusal().messageKey() : "checkedIn";
    }

    private Booking freeBooking() {
        return f.booked(5, SAT_10, RuleFixture.COUNTY);
    }

    @Test
    void opensThirtyMinutesBeforeTheStartAndNotAMinuteEarlier() {
        String qr = qrOf(freeBooking());
        f.at(SAT_10.minusMinutes(31));
        assertThat(answer(qr)).isEqualTo("checkin.refused.tooEarly");
        f.at(SAT_10.minusMinutes(30));
        assertThat(answer(qr)).isEqualTo("checkedIn");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CHECKED_IN'")).isEqualTo(1);
        assertThat(answer(qr)).isEqualTo("checkin.refused.already");
    }

    @Test
    void closesAtTheFifteenthMinuteAfterTheStart() {
        String qr = qrOf(freeBooking());
        f.at(SAT_10.plusMinutes(14).plusSeconds(59));
        assertThat(answer(qr)).isEqualTo("checkedIn");
        String late = qrOf(f.booked(5, SAT_10.plusDays(1), RuleFixture.COUNTY_2));
        f.at(SAT_10.plusDays(1).plusMinutes(15));
        assertThat(answer(late)).isEqualTo("checkin.refused.tooLate");
    }

    @Test
    void anotherDayIsNamed() {
        String qr = qrOf(freeBooking());
        f.at(SAT_10.minusDays(1));
        assertThat(answer(qr)).isEqualTo("checkin.refused.otherDay");
        f.at(SAT_10.plusDays(1));
        assertThat(answer(qr)).isEqualTo("checkin.refused.past");
    }

    @Test
    void aCancelledBookingCannotCheckIn() {
        Booking b = freeBooking();
        f.site.cancellations().cancel(b.id(), RuleFixture.COUNTY, "resident:1");
        f.at(SAT_10);
        assertThat(answer(qrOf(b))).isEqualTo("checkin.refused.cancelled");
    }

    @Test
    void anUnpaidBookingIsSentToTheCounterFirst() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        f.site.execute("UPDATE booking SET pay_by = NULL WHERE id = " + b.id());
        f.at(SAT_10);
        assertThat(answer(qrOf(b))).isEqualTo("checkin.refused.unpaid");
        f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CASH, "clerk1");
        assertThat(answer(qrOf(b))).isEqualTo("checkedIn");
    }

    @Test
    void aMadeUpCodeAndACodeFromAnotherSystemAreToldApart() {
        Booking b = freeBooking();
        f.at(SAT_10);
        String genuine = qrOf(b);
        String forged = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        assertThat(answer(forged)).isEqualTo("checkin.refused.forged");
        assertThat(answer("MDG1.B.B0000002-7.xxxxxxxxxxxxxxxx")).isEqualTo("checkin.refused.forged");
        assertThat(answer("https://example.com/ticket/123")).isEqualTo("checkin.refused.foreign");
        assertThat(answer("")).isEqualTo("checkin.refused.foreign");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CHECKED_IN'")).isZero();
    }

    @Test
    void aSignedCodeFromAnotherSiteIsRefused() {
        Booking b = freeBooking();
        f.at(SAT_10);
        javax.crypto.SecretKey otherSite = new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256");
        assertThat(answer(new CheckInToken(otherSite).issue(b.number()))).isEqualTo("checkin.refused.forged");
    }

    @Test
    void aReceiptIdentifiesItsOwner() {
        Booking b = freeBooking();
        assertThat(f.site.checkIns().residentOf(qrOf(b))).contains(RuleFixture.COUNTY);
        assertThat(f.site.checkIns().residentOf("hello")).isEmpty();
    }

    @Test
    void whileTheCountyDoesNotAnswerACachedBookingChecksInFromTheCacheAndReachesTheCountyWhenItIsBack() throws Exception {
        Booking b = freeBooking();
        String qr = qrOf(b);
        try (org.madang.core.storage.SiteDatabase cacheDb = org.madang.core.storage.SiteDatabase.open(
                org.madang.core.storage.SiteDatabase.fileUrl(org.madang.core.testing.TestSite.tempRoot().resolve("cache")), "madang", "c")) {
            cacheDb.migrate();
            org.madang.core.county.CentreCache.prepare(cacheDb.dataSource());
            var cache = new org.madang.core.county.CentreCache(f.site.database.dataSource(), cacheDb.dataSource(), f.site.clock);
            cache.follow();
            boolean[] down = {true};
            CheckIns kiosk = f.site.checkIns().offline(new CheckIns.Offline() {
                @Override
                public boolean countyDown() {
                    return down[0];
                }

                @Override
                public java.util.Optional<Booking> cached(long bookingId) {
                    return new BookingStore(cacheDb.jdbi()).byId(bookingId);
                }

                @Override
                public void taken(long bookingId, LocalDateTime at) {
                    try {
                        cache.checkedInHere(bookingId, at);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            LocalDateTime at = SAT_10.minusMinutes(10);
            f.at(at);
            long events = f.site.events().latestId();

            assertThat(kiosk.checkIn(qr)).isInstanceOf(CheckInOutcome.CheckedIn.class);
            assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CHECKED_IN'")).as("not at the county yet").isZero();
            assertThat(f.site.events().latestId()).isEqualTo(events);
            assertThat(((CheckInOutcome.Refused) kiosk.checkIn(qr)).refusal().messageKey()).as("the cache knows").isEqualTo("checkin.refused.already");
            assertThat(cache.checkInsToSend()).containsOnlyKeys(b.id());
            // the same rules as at the county: a booking of another day is still another day's
            Booking tomorrow = f.booked(5, SAT_10.plusDays(1), RuleFixture.COUNTY_2);
            assertThat(((CheckInOutcome.Refused) kiosk.checkIn(qrOf(tomorrow))).refusal().messageKey())
                    .as("booked after the cache last followed").isEqualTo("checkin.refused.notCached");
            cache.follow();
            assertThat(((CheckInOutcome.Refused) kiosk.checkIn(qrOf(tomorrow))).refusal().messageKey()).isEqualTo("checkin.refused.otherDay");
            assertThat(cache.checkInsToSend()).as("following does not undo a check-in not yet sent").containsOnlyKeys(b.id());
            assertThat(new BookingStore(cacheDb.jdbi()).byId(b.id()).orElseThrow().status()).isEqualTo(BookingStatus.CHECKED_IN);

            // the link back: the check-in reaches the county as taken, with its event; sent twice, it counts once
            down[0] = false;
            f.at(at.plusMinutes(40));
            assertThat(kiosk.sendTaken(b.id(), at)).isTrue();
            cache.sent(b.id());
            assertThat(kiosk.sendTaken(b.id(), at)).isFalse();
            assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE status = 'CHECKED_IN' AND checked_in_at = TIMESTAMP '"
                    + java.sql.Timestamp.valueOf(at) + "'")).isEqualTo(1);
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'BookingCheckedIn' AND subject = 'booking:" + b.id()
                    + "' AND payload LIKE '%takenWhileOffline%'")).isEqualTo(1);
            assertThat(cache.checkInsToSend()).isEmpty();
            cache.follow();
            assertThat(new BookingStore(cacheDb.jdbi()).byId(b.id()).orElseThrow().checkedInAt()).isEqualTo(at);
        }
    }

    @Test
    void aCountyThatDoesNotAnswerIsToldApartFromOtherFailures() {
        assertThat(org.madang.core.county.CountyLink.lostCounty(new org.jdbi.v3.core.ConnectionException(new java.sql.SQLTransientConnectionException("timed out"))))
                .isTrue();
        assertThat(org.madang.core.county.CountyLink.lostCounty(new RuntimeException(new java.sql.SQLException("refused", "08001")))).isTrue();
        assertThat(org.madang.core.county.CountyLink.lostCounty(new RuntimeException(new java.sql.SQLException("unique", "23505")))).isFalse();
    }
}
