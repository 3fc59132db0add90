package org.madang.counter.settings;

import java.util.Map;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.document.DocumentType;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.ui.Messages;

/** "증명서": each document type's names, its fee at a kiosk and at the counter, and which of them issue it. */
public final class DocumentTypesPanel extends ListFormPanel<DocumentType, DocumentTypeDesk.Draft> {
    private static final long serialVersionUID = 1L;

    public DocumentTypesPanel(Messages words) {
        super(words, "settings.documentTypes", "documentType.", "counter.documentType.title", t -> t.name().in(words.language())
                + (t.offered() ? "" : " · " + words.get("counter.documentType.withdrawn")), DocumentType::code);
        fields.text("nameKo", "counter.facility.nameKo");
        fields.text("nameEn", "counter.facility.nameEn");
        fields.text("kioskFee", "counter.documentType.kioskFee");
        fields.text("counterFee", "counter.documentType.counterFee");
        fields.check("kiosk", "counter.documentType.kiosk");
        fields.check("counter", "counter.documentType.counter");
        fields.pair(form, "nameKo", "nameEn");
        fields.pair(form, "kioskFee", "counterFee");
        fields.pair(form, "kiosk", "counter");
        finish("counter.documentType.hint");
    }

    @Override
    protected String newKey() {
        return null;
    }

    @Override
    protected void fill(DocumentType t) {
        fields.set("nameKo", t.name().ko());
        fields.set("nameEn", t.name().en());
        fields.set("kioskFee", t.kioskFee());
        fields.set("counterFee", t.counterFee());
        fields.set("kiosk", t.kioskIssuable());
        fields.set("counter", t.counterIssuable());
    }

    @Override
    protected void blank() {
        for (String f : new String[] {"nameKo", "nameEn", "kioskFee", "counterFee"}) {
            fields.set(f, "");
        }
        fields.set("kiosk", false);
        fields.set("counter", false);
    }

    @Override
    protected DocumentTypeDesk.Draft draft(Map<String, Refusal> typed, Optional<DocumentType> editing) {
        if (editing.isEmpty()) {
            typed.put("", Refusal.of("counter.documentType.choose"));
        }
        return new DocumentTypeDesk.Draft(editing.map(DocumentType::code).orElse(""), fields.text("nameKo"), fields.text("nameEn"),
                fields.number("kioskFee", typed), fields.number("counterFee", typed), fields.checked("kiosk"), fields.checked("counter"));
    }
}
