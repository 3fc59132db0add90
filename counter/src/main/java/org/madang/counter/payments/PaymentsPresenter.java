package org.madang.counter.payments;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.madang.core.event.Event;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.Payment;
import org.madang.core.payment.PaymentOutcome;
import org.madang.core.payment.RefundDue;
import org.madang.core.receipt.Labels;
import org.madang.core.resident.Exemption;
import org.madang.counter.CounterServices;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.ui.Tasks;

/**
 * Payments at the counter: take a fee (cash, card, transfer) or waive it on the resident's
 * ground, print the receipt (again, when the printer stopped), give back refunds, and print the
 * day's cash-up. Kept current as bookings, places and documents come and go anywhere on the site.
 */
public final class PaymentsPresenter {
    private static final List<String> RELOAD_ON = List.of("BookingCreated", "BookingCancelled", "PaymentRecorded", "PaymentRefunded",
            "CourseEnrolled", "CourseCancelled", "CoursePromoted", "DocumentIssued", "DocumentRevoked");

    private final PaymentsView view;
    private final CounterServices.Cashier cashier;
    private final java.time.Clock clock;
    private final Tasks tasks;
    private final String clerk;
    private final Supplier<? extends Labels> labels;
    /** The last receipt that did not print, to print again. */
    private Receipt unprinted;
    private boolean acting;

    public PaymentsPresenter(PaymentsView view, CounterServices.Cashier cashier, java.time.Clock clock, Tasks tasks, String clerk,
                             Supplier<? extends Labels> labels) {
        this.view = view;
        this.cashier = cashier;
        this.clock = clock;
        this.tasks = tasks;
        this.clerk = clerk;
        this.labels = labels;
    }

    public void reload() {
        LocalDateTime now = LocalDateTime.now(clock);
        tasks.run(() -> cashier.due().all(), due -> view.showDue(due, now), e -> view.showFailure());
        tasks.run(() -> cashier.payments().refundsDue(), view::showRefunds, e -> view.showFailure());
        tasks.run(() -> cashier.payments().cashUp(now.toLocalDate()), view::showCashUp, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> RELOAD_ON.contains(e.type()))) {
            tasks.onUiThread(this::reload);
        }
    }

    /** Takes the fee in cash, by card or transfer, and prints the receipt. */
    public void pay(FeeItem item, PayMethod method) {
        settle(item, () -> cashier.payments().record(item.kind(), item.itemId(), method, clerk));
    }

    /** Waives the fee on a ground the resident has, and prints the receipt. */
    public void exempt(FeeItem item, Exemption ground) {
        settle(item, () -> cashier.payments().exempt(item.kind(), item.itemId(), ground, clerk));
    }

    private void settle(FeeItem item, java.util.concurrent.Callable<PaymentOutcome> act) {
        record(act, payment -> item, "counter.payments.recorded", item.reference(), item.residentName());
    }

    /** Gives back what the item's rule says, and prints the receipt with the refund. */
    public void refund(RefundDue due) {
        record(() -> cashier.payments().refund(due.payment().id(), clerk),
                p -> new FeeItem(p.kind(), p.itemId(), p.residentId(), due.residentName(), p.fee(), due.what(), p.paidAt(), due.reference(), null),
                "counter.payments.refunded", due.reference(), due.refund());
    }

    /**
     * One payment act (a double press is not sent again): recorded, its receipt printed (or kept
     * to print again), the outcome said in {@code doneKey}'s words or the refusal; the lists read again.
     *
     * @param item what the receipt says the payment was for
     */
    private void record(java.util.concurrent.Callable<PaymentOutcome> act, java.util.function.Function<Payment, FeeItem> item,
                        String doneKey, Object... args) {
        if (acting) {
            return;
        }
        acting = true;
        Labels words = labels.get();
        tasks.run(() -> {
            PaymentOutcome outcome = act.call();
            if (outcome instanceof PaymentOutcome.Recorded r) {
                Receipt receipt = cashier.receipts().payment(r.payment(), item.apply(r.payment()), words);
                return new Settled(outcome, receipt, cashier.printer().print(receipt));
            }
            return new Settled(outcome, null, null);
        }, done -> {
            acting = false;
            if (done.outcome() instanceof PaymentOutcome.Refused refused) {
                view.showRefusal(refused.refusal());
            } else {
                view.showDone(doneKey, args);
                printed(done.receipt(), done.printed());
            }
            reload();
        }, e -> {
            acting = false;
            view.showFailure();
        });
    }

    /** Prints the day's cash-up. */
    public void printCashUp() {
        Labels words = labels.get();
        LocalDateTime now = LocalDateTime.now(clock);
        tasks.run(() -> {
            Receipt receipt = cashier.receipts().cashUp(cashier.payments().cashUp(now.toLocalDate()), words);
            return new Settled(null, receipt, cashier.printer().print(receipt));
        }, done -> {
            if (done.printed().printed()) {
                view.showDone("counter.payments.cashUpPrinted");
            }
            printed(done.receipt(), done.printed());
        }, e -> view.showFailure());
    }

    /** Prints the receipt that did not come out, now that the printer is ready again. */
    public void printAgain() {
        Receipt receipt = unprinted;
        if (receipt == null) {
            return;
        }
        tasks.run(() -> cashier.printer().print(receipt), result -> {
            if (result.printed()) {
                view.showDone("counter.payments.printedAgain");
            }
            printed(receipt, result);
        }, e -> view.showFailure());
    }

    private void printed(Receipt receipt, PrintResult result) {
        if (result instanceof PrintResult.Failed failed) {
            unprinted = receipt;
            view.showPrintFailed(failed.reason());
        } else {
            unprinted = null;
        }
    }

    private record Settled(PaymentOutcome outcome, Receipt receipt, PrintResult printed) {
    }
}
