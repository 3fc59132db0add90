package org.madang.core.payment;

import java.time.LocalDateTime;
import org.madang.core.resident.Exemption;

/**
 * A fee settled at the counter.
 *
 * @param fee       what was due
 * @param amount    what was taken (0 when exempt)
 * @param exemption the ground of an exemption; null otherwise
 * @param refunded  what was given back (0 until a refund)
 */
public record Payment(long id, ItemKind kind, long itemId, long residentId, int fee, int amount, PayMethod method,
                      Exemption exemption, LocalDateTime paidAt, String clerk, int refunded, LocalDateTime refundedAt) {
}
