package org.madang.counter.documents;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.Verification;

/** The Documents workspace: issued documents to reprint or revoke, and checking one by its number or QR. */
public interface DocumentsView {
    /** The latest issuances, newest first, with the names of their types by code. */
    void showIssued(List<DocumentIssue> recent, java.util.Map<String, org.madang.core.facility.Localized> typeNames);

    /** What checking a number or a QR found. */
    void showVerdict(Verification verification);

    void showDone(String messageKey, Object... args);

    void showRefusal(Refusal refusal);

    void showFailure();
}
