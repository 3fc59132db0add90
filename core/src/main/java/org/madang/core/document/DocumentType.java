package org.madang.core.document;

import org.madang.core.facility.Localized;

/**
 * A kind of document from the catalogue, with its fees and what it offers.
 *
 * @param householdAllowed a member of the subject's household may obtain it for them
 * @param addressHistory   offers the address history as an option
 * @param rrnBack          offers the back half of registration numbers as an option (masked by default)
 */
public record DocumentType(String code, Localized name, int kioskFee, int counterFee, boolean kioskIssuable,
                           boolean householdAllowed, boolean addressHistory, boolean rrnBack) {

    /** The fee at a channel for {@code copies} copies. */
    public int fee(boolean atKiosk, int copies) {
        return (atKiosk ? kioskFee : counterFee) * copies;
    }
}
