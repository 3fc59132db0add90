package org.madang.core.document;

import java.util.Optional;

/**
 * What a resident chose for one document.
 *
 * @param addressHistory include earlier addresses (등·초본)
 * @param rrnBack        show the back half of registration numbers (masked by default)
 * @param copies         1 to 5
 * @param purpose        printed on the document
 * @param enrolment      the course a completion certificate is for
 */
public record DocumentOptions(boolean addressHistory, boolean rrnBack, int copies, Purpose purpose, Optional<Long> enrolment) {
    public static final int MAX_COPIES = 5;
    public static final DocumentOptions DEFAULTS = new DocumentOptions(false, false, 1, Purpose.GENERAL, Optional.empty());

    public DocumentOptions {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1 to " + MAX_COPIES + ", not " + copies);
        }
    }

    public DocumentOptions withCopies(int n) {
        return new DocumentOptions(addressHistory, rrnBack, n, purpose, enrolment);
    }

    public DocumentOptions withAddressHistory(boolean on) {
        return new DocumentOptions(on, rrnBack, copies, purpose, enrolment);
    }

    public DocumentOptions withRrnBack(boolean on) {
        return new DocumentOptions(addressHistory, on, copies, purpose, enrolment);
    }

    public DocumentOptions withPurpose(Purpose p) {
        return new DocumentOptions(addressHistory, rrnBack, copies, p, enrolment);
    }

    public DocumentOptions withEnrolment(long id) {
        return new DocumentOptions(addressHistory, rrnBack, copies, purpose, Optional.of(id));
    }

    /** As stored with the issuance: {@code history=1;rrnBack=0;purpose=BANK;enrolment=12}. */
    public String stored() {
        return "history=" + (addressHistory ? 1 : 0) + ";rrnBack=" + (rrnBack ? 1 : 0) + ";purpose=" + purpose.name()
                + enrolment.map(e -> ";enrolment=" + e).orElse("");
    }
}
