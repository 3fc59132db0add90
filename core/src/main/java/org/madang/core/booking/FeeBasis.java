package org.madang.core.booking;

/** Why a booking costs what it costs: the one reduction that applied, if any. */
public enum FeeBasis {
    /** The facility charges nothing. */
    FREE_FACILITY,
    /** The full fee. */
    FULL,
    /** The county resident discount. */
    RESIDENT,
    SENIOR,
    DISABILITY,
    BASIC_LIVELIHOOD,
    NATIONAL_MERIT;

    /** The message key that names the reduction on screens and receipts. */
    public String messageKey() {
        return "booking.feeBasis." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
