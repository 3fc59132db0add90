package org.madang.core.report;

import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Whose rows a report counts (issue 22): one centre's (its facilities and their bookings, the fees
 * and documents it took and issued, its courses, queue, kiosks and residents' answers), or the
 * whole county's — every centre in the database. A centre on a database of its own is both.
 */
public record ReportScope(Optional<String> centre) {
    /** One centre's rows. */
    public static ReportScope centre(String code) {
        return new ReportScope(Optional.of(code));
    }

    /** Every centre's rows. */
    public static ReportScope county() {
        return new ReportScope(Optional.empty());
    }

    /** {@code " AND " + condition} for one centre ({@code condition} names {@code :centre}); nothing for the county. */
    String and(String condition) {
        return centre.isPresent() ? " AND " + condition + " " : " ";
    }

    /** Binds {@code :centre} when the scope is one centre's. */
    <T extends SqlStatement<T>> T bind(T statement) {
        centre.ifPresent(c -> statement.bind("centre", c));
        return statement;
    }
}
