package org.madang.core.resident;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Residents in the site database, found by id or by registration number (through its keyed hash). */
public final class ResidentStore {
    private static final String SELECT = "SELECT id, name, birth_date, sex, address, county_resident FROM resident ";

    private final Jdbi jdbi;
    private final RrnCipher cipher;
    private final Clock clock;

    public ResidentStore(Jdbi jdbi, RrnCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Optional<Resident> byRrn(Rrn rrn) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE rrn_hash = :hash")
                .bind("hash", cipher.lookupHash(rrn)).map(ResidentStore::row).findOne());
    }

    public Optional<Resident> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map(ResidentStore::row).findOne());
    }

    /** Registers a resident; the number is stored encrypted. */
    public Resident add(String name, Rrn rrn, String phone, String address, boolean countyResident) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, "
                        + "phone, address, county_resident, created_at) VALUES (:name, :birth, :sex, :hash, :cipher, :phone, "
                        + ":address, :county, :now)")
                .bind("name", name).bind("birth", rrn.birthDate()).bind("sex", rrn.sex())
                .bind("hash", cipher.lookupHash(rrn)).bind("cipher", cipher.encrypt(rrn)).bind("phone", phone)
                .bind("address", address).bind("county", countyResident).bind("now", LocalDateTime.now(clock))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Resident(id, name, rrn.birthDate(), rrn.sex(), address, countyResident);
    }

    static Resident row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Resident(rs.getLong("id"), rs.getString("name"), rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("sex"), rs.getString("address"), rs.getBoolean("county_resident"));
    }
}
