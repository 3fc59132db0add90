package org.madang.core.document;

import java.time.LocalDateTime;
import java.util.Optional;
import org.madang.core.booking.Channel;

/**
 * One issued document as stored: who it is about and who asked, what it cost, its seal's
 * content hash and how its printing went.
 *
 * @param status     ISSUED or REVOKED
 * @param printState PENDING, PRINTED or FAILED
 */
public record DocumentIssue(long id, String number, String typeCode, long subjectId, long requesterId, String options, int copies,
                            int pages, int fee, Channel channel, String terminalId, LocalDateTime issuedAt, String contentHash,
                            String holderMasked, String status, Optional<String> revokeReason, String printState,
                            int printAttempts, Optional<String> printError) {

    public boolean revoked() {
        return "REVOKED".equals(status);
    }

    /** Issued but not (fully) printed: it may be printed again without a second fee. */
    public boolean reprintable() {
        return !revoked() && !"PRINTED".equals(printState);
    }
}
