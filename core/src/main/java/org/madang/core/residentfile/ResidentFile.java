package org.madang.core.residentfile;

import java.time.LocalDateTime;
import java.util.List;
import org.madang.core.facility.Localized;
import org.madang.core.payment.FeeItem;
import org.madang.core.payment.Payment;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;

/**
 * Everything the counter shows of one resident (COUNTER.md, the resident view): identity with
 * the registration number masked, household, contact, and their bookings, course places,
 * documents, queue visits, messages, penalties and bans, fees due and payments.
 *
 * @param maskedRrn the registration number with its back half hidden (900101-1******)
 * @param household the other members of the household, with their relation
 * @param banUntil  when the resident's booking ban ends; null when there is none
 */
public record ResidentFile(Resident resident, String maskedRrn, String phone, boolean messageConsent, List<Member> household,
                           List<Entry> bookings, List<Entry> courses, List<Entry> documents, List<Entry> visits,
                           List<ResidentMessage> messages, List<Entry> penalties, LocalDateTime banUntil, List<FeeItem> due,
                           List<Payment> payments) {

    /** A member of the resident's household. */
    public record Member(long id, String name, String relation) {
    }

    /**
     * One line of a section: when, what, its number, and its state as a message key.
     *
     * @param id the row's own id (booking, enrolment, document issue, ticket), for acting on it
     */
    public record Entry(long id, LocalDateTime when, Localized what, String reference, String stateKey) {
    }
}
