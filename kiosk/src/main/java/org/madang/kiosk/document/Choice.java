package org.madang.kiosk.document;

import java.util.List;
import org.madang.core.civil.Person;
import org.madang.core.course.LearningRecord;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;

/**
 * What the resident has chosen so far: the document, whom it is about and its options, with
 * the fee those make at the kiosk.
 *
 * @param courses the subject's completed courses, for a completion certificate (which one to certify); empty otherwise
 */
public record Choice(DocumentType type, Person subject, boolean ownDocument, DocumentOptions options, List<LearningRecord> courses) {
    public Choice {
        courses = List.copyOf(courses);
    }

    public int fee() {
        return type.fee(true, options.copies());
    }

    public Choice with(DocumentOptions changed) {
        return new Choice(type, subject, ownDocument, changed, courses);
    }
}
