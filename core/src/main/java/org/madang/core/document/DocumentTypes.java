package org.madang.core.document;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.facility.Localized;

/** The catalogue's document types. */
public final class DocumentTypes {
    private static final String SELECT = "SELECT code, name_ko, name_en, kiosk_fee, counter_fee, kiosk_issuable, counter_issuable, "
            + "household_allowed, address_history_option, rrn_back_option FROM document_type ";

    private final Jdbi jdbi;

    public DocumentTypes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every type, in the catalogue's order. */
    public List<DocumentType> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY sort_order, id").map((rs, ctx) -> type(rs)).list());
    }

    public Optional<DocumentType> byCode(String code) {
        return jdbi.withHandle(h -> byCode(h, code));
    }

    static Optional<DocumentType> byCode(org.jdbi.v3.core.Handle h, String code) {
        return h.createQuery(SELECT + "WHERE code = :c").bind("c", code).map((rs, ctx) -> type(rs)).findOne();
    }

    private static DocumentType type(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentType(rs.getString(1), new Localized(rs.getString(2), rs.getString(3)), rs.getInt(4), rs.getInt(5),
                rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10));
    }
}
