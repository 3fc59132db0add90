package org.madang.counter.documents;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentType;
import org.madang.hardware.receipt.PrintResult;

/** Issuing a document for a resident at the desk, as its presenter sees it. */
public interface IssueView {

    /** Every type the counter issues (the kiosk's and the counter-only ones). */
    void showTypes(List<DocumentType> types);

    /** Whom the resident ({@code requesterId}) may obtain the chosen type for, themselves first. */
    void showSubjects(DocumentType type, List<Person> subjects, long requesterId);

    /** The document composed and its counter fee: ready to issue. */
    void showReady(DocumentIssuing.Ready ready);

    /** Issued (numbered, sealed, recorded) and sent to the desk's printer with this result. */
    void showIssued(DocumentIssue issue, PrintResult printed);

    void showRefusal(Refusal refusal);

    void showFailure();
}
