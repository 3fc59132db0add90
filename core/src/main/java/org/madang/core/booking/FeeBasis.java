package org.madang.core.booking;

/** Why a booking costs what it costs: the one reduction that applied, if any. */
public enum FeeBasis {
    /** The facility charges nothing. */
    FREE_FACILITY("booking.feeBasis.freeFacility"),
    /** The full fee. */
    FULL("booking.feeBasis.full"),
    /** The county resident discount. */
    RESIDENT("booking.feeBasis.resident"),
    SENIOR("booking.feeBasis.senior"),
    DISABILITY("booking.feeBasis.disability"),
    BASIC_LIVELIHOOD("booking.feeBasis.basicLivelihood"),
    NATIONAL_MERIT("booking.feeBasis.nationalMerit");

    private final String messageKey;

    FeeBasis(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message key that names the reduction on screens and receipts. */
    public String messageKey() {
        return messageKey;
    }
}
