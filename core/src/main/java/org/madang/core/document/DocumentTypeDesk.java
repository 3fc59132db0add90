package org.madang.core.document;

import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Edit;
import org.madang.core.FieldCheck;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The document types as an administrator keeps them: their names, the fee at each channel and
 * which channels issue them (a kiosk, the counter, both, or neither: withdrawn). What a type
 * contains is the law's and Madang's ({@link DocumentKinds}): a centre adds only a kind Madang composes.
 */
public final class DocumentTypeDesk {
    private final Jdbi jdbi;
    private final EventLog events;

    public DocumentTypeDesk(Jdbi jdbi, EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** A type as typed. */
    public record Draft(String code, String nameKo, String nameEn, int kioskFee, int counterFee, boolean kiosk, boolean counter) {
        public static Draft of(DocumentType t) {
            return new Draft(t.code(), t.name().ko(), t.name().en(), t.kioskFee(), t.counterFee(), t.kioskIssuable(), t.counterIssuable());
        }
    }

    /** Each field that will not do, by name. */
    public static Map<String, Refusal> check(Draft d) {
        return new FieldCheck().text("nameKo", d.nameKo(), 1, 100).text("nameEn", d.nameEn(), 1, 100).fee("kioskFee", d.kioskFee())
                .fee("counterFee", d.counterFee()).refusals();
    }

    public Edit<DocumentType> save(Draft d, String admin) {
        return Edit.inTransaction(jdbi, h -> save(h, d, admin));
    }

    /** The same within the caller's transaction (a catalogue imported whole); a clerk without the right is thrown {@code NotPermitted}. */
    public Edit<DocumentType> save(org.jdbi.v3.core.Handle h, Draft d, String admin) {
        Map<String, Refusal> invalid = check(d);
        if (!invalid.isEmpty()) {
            return Edit.invalid(invalid);
        }
        StaffRights.require(h, admin, Permission.CATALOGUE);
        int changed = h.createUpdate("UPDATE document_type SET name_ko = :ko, name_en = :en, kiosk_fee = :kf, counter_fee = :cf, "
                        + "kiosk_issuable = :k, counter_issuable = :c WHERE code = :code")
                .bind("ko", d.nameKo().strip()).bind("en", d.nameEn().strip()).bind("kf", d.kioskFee()).bind("cf", d.counterFee())
                .bind("k", d.kiosk()).bind("c", d.counter()).bind("code", d.code()).execute();
        if (changed == 0) {
            // a kind Madang composes, new to this centre (its catalogue imported): added with the law's options
            java.util.Optional<DocumentKinds.Kind> kind = DocumentKinds.byCode(d.code());
            if (kind.isEmpty()) {
                return Edit.<DocumentType>invalid("code", Refusal.of("counter.catalogue.unknownDocumentType", d.code(),
                        DocumentKinds.ALL.stream().map(DocumentKinds.Kind::code).collect(java.util.stream.Collectors.joining(", "))));
            }
            h.createUpdate("INSERT INTO document_type (code, name_ko, name_en, kiosk_fee, counter_fee, kiosk_issuable, counter_issuable, "
                            + "household_allowed, address_history_option, rrn_back_option, sort_order) VALUES (:code, :ko, :en, :kf, :cf, :k, :c, "
                            + ":household, :history, :rrn, :order)")
                    .bind("code", d.code()).bind("ko", d.nameKo().strip()).bind("en", d.nameEn().strip()).bind("kf", d.kioskFee())
                    .bind("cf", d.counterFee()).bind("k", d.kiosk()).bind("c", d.counter()).bind("household", kind.get().householdAllowed())
                    .bind("history", kind.get().addressHistory()).bind("rrn", kind.get().rrnBack()).bind("order", DocumentKinds.order(kind.get()))
                    .execute();
        }
        events.append(h, new EventDraft(EventType.DOCUMENT_TYPE_SAVED, "document_type:" + d.code(), "clerk:" + admin,
                Map.of("name", d.nameKo().strip(), "kioskFee", d.kioskFee(), "counterFee", d.counterFee(), "kiosk", d.kiosk(),
                        "counter", d.counter())));
        return new Edit.Saved<>(DocumentTypes.byCode(h, d.code()).orElseThrow());
    }
}
