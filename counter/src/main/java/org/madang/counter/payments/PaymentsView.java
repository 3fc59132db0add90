package org.madang.counter.payments;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.payment.CashUp;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.RefundDue;

/** The Payments workspace (수납): fees due, refunds to give back, and the day's cash-up. */
public interface PaymentsView {
    /** Everything waiting to be paid, lapsing first. */
    void showDue(List<FeeItem> due, LocalDateTime now);

    void showRefunds(List<RefundDue> refunds);

    void showCashUp(CashUp day);

    /** What the last act did, in a word. */
    void showDone(String messageKey, Object... args);

    void showRefusal(Refusal refusal);

    /** The receipt did not print (paper out…); it can be printed again. */
    void showPrintFailed(String reason);

    void showFailure();
}
