package org.madang.core.payment;

import java.time.LocalDate;
import java.util.Map;

/**
 * A day's takings at the counters (정산): what was taken by method and by clerk, refunds given
 * back, exemptions granted, and the net.
 *
 * @param byMethod   won taken per method (EXEMPT counts the fees waived)
 * @param byClerk    won taken per clerk, refunds they gave subtracted
 * @param refunds    won given back that day
 * @param payments   how many fees were settled
 */
public record CashUp(LocalDate day, Map<PayMethod, Integer> byMethod, Map<String, Integer> byClerk, int refunds, int payments) {
    public CashUp {
        byMethod = Map.copyOf(byMethod);
        byClerk = Map.copyOf(byClerk);
    }

    /** Money taken less money given back (exemptions take nothing). */
    public int net() {
        return byMethod.entrySet().stream().filter(e -> e.getKey() != PayMethod.EXEMPT).mapToInt(Map.Entry::getValue).sum() - refunds;
    }
}
