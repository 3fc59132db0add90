package org.madang.ui;

import org.madang.core.document.Purpose;

/** The bundle keys naming a household relation and a document's purpose, for the kiosk and the counter alike. */
public final class HouseholdWords {
    private HouseholdWords() {
    }

    /** A relation as the civil records name it (HEAD, SPOUSE, CHILD, PARENT, SIBLING; anything else a cohabitant). */
    public static String relation(String relation) {
        return switch (relation) {
            case "HEAD" -> "documents.relation.head";
            case "SPOUSE" -> "documents.relation.spouse";
            case "CHILD" -> "documents.relation.child";
            case "PARENT" -> "documents.relation.parent";
            case "SIBLING" -> "documents.relation.sibling";
            default -> "documents.relation.other";
        };
    }

    /** What a document is for (용도). */
    public static String purpose(Purpose purpose) {
        return switch (purpose) {
            case BANK -> "documents.purpose.bank";
            case PUBLIC_OFFICE -> "documents.purpose.publicOffice";
            case SCHOOL -> "documents.purpose.school";
            case EMPLOYER -> "documents.purpose.employer";
            case PERSONAL -> "documents.purpose.personal";
            default -> "documents.purpose.general";
        };
    }
}
