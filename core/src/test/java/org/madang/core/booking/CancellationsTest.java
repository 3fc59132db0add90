package org.madang.core.booking;

import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.PaymentOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.resident.ResidentMessage;

/** Cancelling with the refund schedule; the freed seat goes to the waiting list. */
class CancellationsTest {
    private final RuleFixture f = new RuleFixture();
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    private Booking paidBooking(long resident) {
        Booking b = f.booked(1, SAT_10, resident);
        assertThat(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CARD, "clerk1")).isInstanceOf(PaymentOutcome.Recorded.class);
        return b;
    }

    @Test
    void theRefundIsShownBeforeConfirmingAndFollowsTheDaysLeft() {
        Booking b = paidBooking(RuleFixture.VISITOR);
        f.at(LocalDateTime.of(2026, 12, 6, 18, 0));
        CancelQuote sixDays = f.site.cancellations().quote(b.id()).orElseThrow();
        assertThat(sixDays.percent()).isEqualTo(90);
        assertThat(sixDays.refund()).isEqualTo(3_600);
        f.at(LocalDateTime.of(2026, 12, 5, 23, 59));
        assertThat(f.site.cancellations().quote(b.id()).orElseThrow().refund()).isEqualTo(4_000);
        f.at(LocalDateTime.of(2026, 12, 11, 9, 0));
        assertThat(f.site.cancellations().quote(b.id()).orElseThrow().refund()).isEqualTo(2_800);
        f.at(LocalDateTime.of(2026, 12, 12, 0, 0));
        CancelOutcome sameDay = f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2");
        assertThat(sameDay).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(((CancelOutcome.Cancelled) sameDay).refund()).isZero();
    }

    @Test
    void cancellingGivesTheSeatBackAndStoresTheRefundAndAnEvent() {
        Booking b = paidBooking(RuleFixture.VISITOR);
        long events = f.site.events().latestId();
        CancelOutcome outcome = f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2");
        assertThat(((CancelOutcome.Cancelled) outcome).refund()).isEqualTo(4_000);
        assertThat(((CancelOutcome.Cancelled) outcome).booking().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(f.slot(1, SAT_10).booked()).isZero();
        assertThat(f.site.count("SELECT refund FROM booking WHERE id = " + b.id())).isEqualTo(4_000);
        assertThat(f.site.events().after(events, 5)).extracting(e -> e.type()).containsExactly("BookingCancelled");
    }

    @Test
    void anUnpaidBookingIsReleasedWithNothingToRefund() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        CancelQuote q = f.site.cancellations().quote(b.id()).orElseThrow();
        assertThat(q.paid()).isFalse();
        assertThat(q.refund()).isZero();
    }

    @Test
    void onlyTheOwnerCancelsAndOnlyOnceAndNotAfterTheStart() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        assertThat(refusal(f.site.cancellations().cancel(b.id(), RuleFixture.COUNTY, "resident:1"))).isEqualTo("booking.cancel.refused.notYours");
        f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2");
        assertThat(refusal(f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2"))).isEqualTo("booking.cancel.refused.already");
        Booking later = f.booked(1, SAT_10.plusDays(1), RuleFixture.VISITOR);
        f.at(SAT_10.plusDays(1));
        assertThat(refusal(f.site.cancellations().cancel(later.id(), RuleFixture.VISITOR, "resident:2"))).isEqualTo("booking.cancel.refused.started");
    }

    @Test
    void theFreedSeatGoesToTheFirstOnTheWaitingListWhoIsToldAtTheirNextVisit() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        long slot = f.slot(1, SAT_10).id();
        assertThat(f.site.waitlist().join(slot, RuleFixture.COUNTY, 1)).isEqualTo(new WaitlistOutcome.Joined(1));
        assertThat(f.site.waitlist().join(slot, RuleFixture.COUNTY_2, 1)).isEqualTo(new WaitlistOutcome.Joined(2));

        f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2");

        assertThat(f.slot(1, SAT_10).booked()).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 1 AND status = 'BOOKED' AND channel = 'WAITLIST'")).isEqualTo(1);
        assertThat(f.site.waitlist().waiting(slot)).isEqualTo(1);
        assertThat(f.site.messages().unread(RuleFixture.COUNTY)).extracting(ResidentMessage::messageKey)
                .containsExactly("message.waitlist.bookedUnpaid");
    }

    @Test
    void someoneARuleNowRefusesIsSkippedAndTold() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        long slot = f.slot(1, SAT_10).id();
        f.site.waitlist().join(slot, RuleFixture.COUNTY, 1);
        f.site.waitlist().join(slot, RuleFixture.COUNTY_2, 1);
        f.booked(2, SAT_10.withHour(8), RuleFixture.COUNTY);
        f.booked(3, SAT_10.withHour(12), RuleFixture.COUNTY);

        f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "resident:2");

        assertThat(f.site.messages().unread(RuleFixture.COUNTY)).extracting(ResidentMessage::messageKey)
                .containsExactly("message.waitlist.skipped");
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE resident_id = 6 AND channel = 'WAITLIST'")).isEqualTo(1);
    }

    @Test
    void onlyAFullSlotHasAWaitingList() {
        long slot = f.slot(1, SAT_10).id();
        assertThat(f.site.waitlist().join(slot, RuleFixture.COUNTY, 1)).isInstanceOf(WaitlistOutcome.Refused.class);
    }

    private static String refusal(CancelOutcome outcome) {
        return outcome instanceof CancelOutcome.Refused r ? r.refusal().messageKey() : "cancelled";
    }
}
