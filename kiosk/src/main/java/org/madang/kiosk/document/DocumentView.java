package org.madang.kiosk.document;

import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentType;
import org.madang.core.document.PagePicture;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.resident.ResidentPins;

/** The civil-document screens as their presenter sees them. */
public interface DocumentView {

    /** Asks for the ID card (a receipt's QR code is not enough for documents). */
    void askForCard();

    /** Whether the card request is on screen now. */
    boolean askingForCard();

    void showCardProblem(Refusal refusal);

    /** Asks for the document PIN; {@code triesLeft} is shown after a wrong one (empty the first time). */
    void askPin(Resident who, Optional<Integer> triesLeft);

    /** The PIN is locked, or was never set: documents are for the counter today. */
    void showPinStop(Resident who, ResidentPins.Check why);

    void showNews(List<ResidentMessage> messages);

    /** The catalogue with the kiosk's fees; {@code unprinted} are this resident's documents that did not come out. */
    void showTypes(Resident who, List<DocumentType> types, List<Unprinted> unprinted);

    /** Whom the document is for: the resident and those of their household the type allows. */
    void askSubject(DocumentType type, List<Person> people);

    /** The options of the chosen document, its fee, and a refusal when the document cannot be made. */
    void showOptions(Choice choice, Optional<Refusal> refused);

    /** Page 1 as it will come out (marked 견본), the number of pages and the fee, before issuing. */
    void showPreview(Choice choice, PagePicture page);

    /** Issued: whether the document and the fee receipt came out, and what to do if not. */
    void showIssued(Printed printed);

    /** An issued document that did not print, offered again free. */
    record Unprinted(DocumentIssue issue, DocumentType type) {
    }
}
