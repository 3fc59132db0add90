package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.payment.CashUp;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.Payment;
import org.madang.core.payment.PaymentOutcome;
import org.madang.core.resident.Exemption;

/** Fees of bookings settled at the counter: in time against the sweeper, once only, exempt on a ground, refunded by the rule. */
class BookingPaymentsTest {
    private final RuleFixture f = new RuleFixture();
    private static final LocalDateTime SAT_10 = LocalDateTime.of(2026, 12, 12, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    private static String refusal(PaymentOutcome outcome) {
        return outcome instanceof PaymentOutcome.Refused r ? r.refusal().messageKey() : "recorded";
    }

    @Test
    void aFeeBookingPaidAMinuteBeforeItsDeadlineIsKeptByTheSweeper() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        assertThat(f.site.feesDue().lapsingBy(b.createdAt().plusDays(3))).singleElement()
                .satisfies(item -> assertThat(item.payBy()).isEqualTo(b.createdAt().plusDays(2)));
        f.at(b.createdAt().plusDays(2).minusMinutes(1));
        assertThat(refusal(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CASH, "clerk1"))).isEqualTo("recorded");
        f.at(b.createdAt().plusDays(2));
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isZero();
        f.at(b.createdAt().plusDays(5));
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isZero();
        assertThat(f.site.bookingStore().byId(b.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(f.site.feesDue().of(RuleFixture.VISITOR)).isEmpty();
    }

    @Test
    void anUnpaidFeeBookingPastItsDeadlineIsStillCancelledAndCannotBePaidAfter() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        f.at(b.createdAt().plusDays(2));
        assertThat(f.site.sweeper().sweep().unpaidCancelled()).isEqualTo(1);
        assertThat(refusal(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CASH, "clerk1"))).isEqualTo("payment.refused.lapsed");
        assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isZero();
    }

    @Test
    void aPaymentRecordedTwiceIsRecordedOnce() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        assertThat(refusal(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CARD, "clerk1"))).isEqualTo("recorded");
        assertThat(refusal(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CASH, "clerk2"))).isEqualTo("payment.refused.alreadyPaid");
        assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PaymentRecorded'")).isEqualTo(1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoClerksPayingTheSameBookingAtOnceRecordItOnce() throws Exception {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String clerk = "clerk" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return refusal(f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CASH, clerk));
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> a : answers) {
                got.add(a.get());
            }
            assertThat(got).containsOnlyOnce("recorded").filteredOn(a -> !a.equals("recorded")).containsOnly("payment.refused.alreadyPaid");
            assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExemptionNeedsAGroundTheResidentHas() {
        Booking visitor = f.booked(1, SAT_10, RuleFixture.VISITOR);
        assertThat(refusal(f.site.payments().exempt(ItemKind.BOOKING, visitor.id(), Exemption.DISABILITY, "clerk1")))
                .isEqualTo("payment.refused.notEligible");
        Booking disabled = f.booked(1, SAT_10.plusHours(2), RuleFixture.DISABLED);
        PaymentOutcome outcome = f.site.payments().exempt(ItemKind.BOOKING, disabled.id(), Exemption.DISABILITY, "clerk1");
        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.Recorded.class, r -> {
            assertThat(r.payment().amount()).isZero();
            assertThat(r.payment().method()).isEqualTo(PayMethod.EXEMPT);
            assertThat(r.payment().exemption()).isEqualTo(Exemption.DISABILITY);
        });
        assertThat(f.site.bookingStore().byId(disabled.id()).orElseThrow().payment()).isEqualTo(PaymentState.PAID);
    }

    @Test
    void aCancelledPaidBookingIsRefundedByTheRuleOnce() {
        Booking b = f.booked(1, SAT_10, RuleFixture.VISITOR);
        Payment paid = ((PaymentOutcome.Recorded) f.site.payments().record(ItemKind.BOOKING, b.id(), PayMethod.CARD, "clerk1")).payment();
        assertThat(refusal(f.site.payments().refund(paid.id(), "clerk1"))).isEqualTo("payment.refused.noRefund");
        f.at(LocalDateTime.of(2026, 12, 6, 18, 0));
        f.site.cancellations().cancel(b.id(), RuleFixture.VISITOR, "clerk:clerk1");
        assertThat(f.site.payments().refundsDue()).singleElement().satisfies(due -> {
            assertThat(due.payment().id()).isEqualTo(paid.id());
            assertThat(due.refund()).isEqualTo(3_600);
            assertThat(due.residentName()).isEqualTo("박방문");
        });
        PaymentOutcome refunded = f.site.payments().refund(paid.id(), "clerk2");
        assertThat(refunded).isInstanceOfSatisfying(PaymentOutcome.Recorded.class, r -> assertThat(r.payment().refunded()).isEqualTo(3_600));
        assertThat(refusal(f.site.payments().refund(paid.id(), "clerk2"))).isEqualTo("payment.refused.alreadyRefunded");
        assertThat(f.site.payments().refundsDue()).isEmpty();
    }

    @Test
    void theDaysCashUpAddsByMethodAndClerkLessRefunds() {
        Booking one = f.booked(1, SAT_10, RuleFixture.VISITOR);
        Booking two = f.booked(3, SAT_10, RuleFixture.COUNTY);
        Booking three = f.booked(1, SAT_10.plusDays(1), RuleFixture.COUNTY_2);
        LocalDate today = LocalDateTime.now(f.site.clock).toLocalDate();
        f.site.payments().record(ItemKind.BOOKING, one.id(), PayMethod.CASH, "clerk1");
        f.site.payments().record(ItemKind.BOOKING, two.id(), PayMethod.CARD, "clerk2");
        List<FeeItem> due = f.site.feesDue().all();
        assertThat(due).extracting(FeeItem::itemId).containsExactly(three.id());
        CashUp day = f.site.payments().cashUp(today);
        assertThat(day.byMethod()).containsEntry(PayMethod.CASH, one.fee()).containsEntry(PayMethod.CARD, two.fee());
        assertThat(day.byClerk()).containsEntry("clerk1", one.fee()).containsEntry("clerk2", two.fee());
        assertThat(day.net()).isEqualTo(one.fee() + two.fee());
        assertThat(day.payments()).isEqualTo(2);
    }
}
