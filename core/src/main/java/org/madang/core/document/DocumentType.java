package org.madang.core.document;

import org.madang.core.facility.Localized;

/**
 * A kind of document from the catalogue, with its fees and what it offers.
 *
 * @param kioskIssuable    a kiosk issues it
 * @param counterIssuable  the counter issues it (neither: withdrawn, kept to name the documents issued before)
 * @param householdAllowed a member of the subject's household may obtain it for them
 * @param addressHistory   offers the address history as an option
 * @param rrnBack          offers the back half of registration numbers as an option (masked by default)
 */
public record DocumentType(String code, Localized name, int kioskFee, int counterFee, boolean kioskIssuable,
                           boolean counterIssuable, boolean householdAllowed, boolean addressHistory, boolean rrnBack) {

    /** The fee at a channel for {@code copies} copies. */
    public int fee(boolean atKiosk, int copies) {
        return (atKiosk ? kioskFee : counterFee) * copies;
    }

    /** Whether it is issued anywhere (a withdrawn type is neither listed nor issued). */
    public boolean offered() {
        return kioskIssuable || counterIssuable;
    }
}
