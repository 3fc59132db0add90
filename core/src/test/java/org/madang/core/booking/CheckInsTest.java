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
}
