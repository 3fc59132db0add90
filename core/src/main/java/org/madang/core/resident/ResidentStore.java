package org.madang.core.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Residents in the site database, found by id or by registration number (through its keyed hash). */
public final class ResidentStore {
    private static final String SELECT = "SELECT id, name, birth_date, sex, address, county_resident, disability, "
            + "basic_livelihood, national_merit FROM resident ";

    private final Jdbi jdbi;
    private final RrnCipher cipher;

    public ResidentStore(Jdbi jdbi, RrnCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    public Optional<Resident> byRrn(Rrn rrn) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE rrn_hash = :hash")
                .bind("hash", cipher.lookupHash(rrn)).map(ResidentStore::row).findOne());
    }

    public Optional<Resident> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map(ResidentStore::row).findOne());
    }

    /** A resident read in the caller's transaction. */
    public static Optional<Resident> byId(org.jdbi.v3.core.Handle h, long id) {
        return h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map(ResidentStore::row).findOne();
    }

    /** A resident from a row of {@code SELECT id, name, birth_date, sex, address, county_resident, disability, basic_livelihood, national_merit ...}. */
    public static Resident row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Resident(rs.getLong("id"), rs.getString("name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"), rs.getString("address"), rs.getBoolean("county_resident"), rs.getBoolean("disability"),
                rs.getBoolean("basic_livelihood"), rs.getBoolean("national_merit"));
    }
}
