package org.madang.core.payment;

/**
 * A paid item since cancelled or revoked, whose money is still to be given back.
 *
 * @param reference the booking or document number, or the course code
 * @param what      the facility, course or document type
 * @param refund    what its rule gives back
 */
public record RefundDue(Payment payment, String residentName, String reference, org.madang.core.facility.Localized what, int refund) {
}
