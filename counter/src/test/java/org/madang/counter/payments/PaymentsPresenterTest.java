package org.madang.counter.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.payment.CashUp;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.RefundDue;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/** Payments at the counter, without AWT: take a fee, print its receipt, print again after the paper ran out, refuse a second payment. */
class PaymentsPresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final PaymentsPresenter presenter = new PaymentsPresenter(view, f.services.cashier(), f.site.clock, new DirectTasks(), "tester",
            () -> Messages.forLanguage("ko"));

    @AfterEach
    void close() {
        f.close();
    }

    private FeeItem dueFor(Booking b) {
        return view.due.stream().filter(i -> i.reference().equals(b.number())).findFirst().orElseThrow();
    }

    @Test
    void aFeeTakenInCashPrintsItsReceiptAndLeavesTheList() {
        Booking b = ((BookingOutcome.Booked) f.kioskBooks(2)).booking();
        presenter.reload();
        FeeItem item = dueFor(b);
        assertThat(item.payBy()).isNotNull();
        presenter.pay(item, PayMethod.CASH);
        assertThat(view.said).last().isEqualTo("counter.payments.recorded");
        assertThat(view.due).noneMatch(i -> i.reference().equals(b.number()));
        assertThat(view.cashUp.byMethod()).containsEntry(PayMethod.CASH, b.fee());
        assertThat(f.printer.lastPrinted()).hasValueSatisfying(p -> assertThat(p.receipt().plainText())
                .contains("영수증").contains(b.number()).contains("현금"));

        // the same fee again (a double click, or another clerk from a stale list): refused, nothing taken
        presenter.pay(item, PayMethod.CARD);
        assertThat(view.refusals).last().extracting(Refusal::messageKey).isEqualTo("payment.refused.alreadyPaid");
        assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isEqualTo(1);
    }

    @Test
    void aReceiptThatDidNotPrintIsPrintedAgainWithoutASecondPayment() {
        Booking b = ((BookingOutcome.Booked) f.kioskBooks(2)).booking();
        presenter.reload();
        f.printer.pullPaper();
        presenter.pay(dueFor(b), PayMethod.CARD);
        assertThat(view.printFailures).hasSize(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isEqualTo(1);
        f.printer.loadPaper();
        presenter.printAgain();
        assertThat(view.said).last().isEqualTo("counter.payments.printedAgain");
        assertThat(f.printer.lastPrinted()).hasValueSatisfying(p -> assertThat(p.receipt().plainText()).contains(b.number()));
        assertThat(f.site.count("SELECT COUNT(*) FROM payment")).isEqualTo(1);
    }

    @Test
    void aCancelledPaidBookingIsRefundedFromTheList() {
        Booking b = ((BookingOutcome.Booked) f.kioskBooks(2)).booking();
        presenter.reload();
        presenter.pay(dueFor(b), PayMethod.CARD);
        f.site.cancellations().cancel(b.id(), 2, "resident:2");
        presenter.reload();
        assertThat(view.refunds).singleElement().satisfies(r -> assertThat(r.reference()).isEqualTo(b.number()));
        presenter.refund(view.refunds.get(0));
        assertThat(view.said).last().isEqualTo("counter.payments.refunded");
        assertThat(view.refunds).isEmpty();
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PaymentRefunded' AND actor = 'clerk:tester'")).isEqualTo(1);
    }

    private static final class Recording implements PaymentsView {
        List<FeeItem> due = List.of();
        List<RefundDue> refunds = List.of();
        CashUp cashUp;
        final List<String> said = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();
        final List<String> printFailures = new ArrayList<>();

        @Override
        public void showDue(List<FeeItem> items, LocalDateTime now) {
            due = items;
        }

        @Override
        public void showRefunds(List<RefundDue> rows) {
            refunds = rows;
        }

        @Override
        public void showCashUp(CashUp day) {
            cashUp = day;
        }

        @Override
        public void showDone(String messageKey, Object... args) {
            said.add(messageKey);
        }

        @Override
        public void showRefusal(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void showPrintFailed(String reason) {
            printFailures.add(reason);
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }
}
