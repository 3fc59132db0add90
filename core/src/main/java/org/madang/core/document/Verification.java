package org.madang.core.document;

import java.time.LocalDateTime;
import java.util.Optional;
import org.madang.core.facility.Localized;

/**
 * What checking a document found: a verdict and, when the site knows the document, the
 * stored summary to compare with the paper.
 */
public record Verification(Verdict verdict, Optional<Summary> summary, boolean wordsChecked) {

    /** Valid only when the seal is this site's, the record exists and is not revoked, and (for a file) the words match. */
    public enum Verdict {
        VALID("verify.valid"), SAMPLE("verify.sample"), NOT_A_DOCUMENT("verify.not_a_document"), NO_CODE("verify.no_code"),
        UNREADABLE("verify.unreadable"), OTHER_SITE("verify.other_site"), FORGED("verify.forged"), ALTERED("verify.altered"),
        UNKNOWN("verify.unknown"), REVOKED("verify.revoked"), MISTYPED("verify.mistyped"), TRAINING("verify.training");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The key of the plain sentence that explains it, in the UI's bundles and {@code madang verify}. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** The stored facts of an issued document. */
    public record Summary(String number, String typeCode, Localized typeName, String holder, LocalDateTime issuedAt, int pages,
                          int copies, String terminalId, boolean revoked, Optional<String> revokeReason) {
    }

    /**
     * The key of the sentence that explains this result: a valid code or number (the paper's
     * words unread) says so, rather than that the words match.
     */
    public String messageKey() {
        return verdict == Verdict.VALID && !wordsChecked ? "verify.validCode" : verdict.messageKey();
    }

    public boolean valid() {
        return verdict == Verdict.VALID;
    }

    static Verification of(Verdict verdict) {
        return new Verification(verdict, Optional.empty(), false);
    }
}
