package org.madang.core.resident;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Residents in the site database, found by id or by registration number (through its keyed hash). */
public final class ResidentStore {
    private static final String SELECT = "SELECT id, name, birth_date, sex, address, county_resident FROM resident ";

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

    static Resident row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Resident(rs.getLong("id"), rs.getString("name"), rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("sex"), rs.getString("address"), rs.getBoolean("county_resident"));
    }
}
