package org.madang.core.civil;

import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.resident.RrnCipher;

/** The demo civil records: households, address history, family and local taxes kept in the site database. */
public final class SiteCivilRecords implements CivilRecords {
    private static final String PERSON = "SELECT id, name, rrn_cipher, address, moved_in_on, household_relation, family_base, "
            + "household_id, created_at FROM resident ";

    private final Jdbi jdbi;
    private final RrnCipher cipher;

    public SiteCivilRecords(Jdbi jdbi, RrnCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public Optional<Person> person(long residentId) {
        return jdbi.withHandle(h -> person(h, residentId));
    }

    private Optional<Person> person(Handle h, long id) {
        return h.createQuery(PERSON + "WHERE id = :id").bind("id", id).map((rs, ctx) -> person(rs)).findOne();
    }

    @Override
    public List<Person> household(long residentId) {
        return jdbi.withHandle(h -> {
            Optional<Person> p = person(h, residentId);
            if (p.isEmpty()) {
                return List.of();
            }
            if (p.get().household().isEmpty()) {
                return List.of(p.get());
            }
            // head first, then spouse, parents, children, others; by birth within each
            return h.createQuery(PERSON + "WHERE household_id = :hh ORDER BY CASE household_relation WHEN 'HEAD' THEN 0 "
                            + "WHEN 'SPOUSE' THEN 1 WHEN 'PARENT' THEN 2 WHEN 'CHILD' THEN 3 ELSE 4 END, birth_date, id")
                    .bind("hh", p.get().household().get()).map((rs, ctx) -> person(rs)).list();
        });
    }

    @Override
    public List<AddressEntry> addressHistory(long residentId) {
        return jdbi.withHandle(h -> {
            List<AddressEntry> all = new ArrayList<>(h.createQuery("SELECT address, moved_in_on, moved_out_on, reason FROM address_history "
                            + "WHERE resident_id = :id ORDER BY moved_in_on, id").bind("id", residentId)
                    .map((rs, ctx) -> new AddressEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                            Optional.of(rs.getObject(3, LocalDate.class)), rs.getString(4))).list());
            person(h, residentId).ifPresent(p -> all.add(new AddressEntry(p.address(), p.movedInOn(), Optional.empty(), "MOVED_IN")));
            return all;
        });
    }

    @Override
    public List<Relative> family(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT relation, name, birth_date, sex FROM family_member WHERE resident_id = :id "
                        + "ORDER BY CASE relation WHEN 'FATHER' THEN 0 WHEN 'MOTHER' THEN 1 WHEN 'SPOUSE' THEN 2 ELSE 3 END, birth_date, id")
                .bind("id", residentId)
                .map((rs, ctx) -> new Relative(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list());
    }

    @Override
    public List<TaxItem> localTaxes(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT tax_year, item, amount, due_on, paid_on FROM local_tax WHERE resident_id = :id "
                        + "ORDER BY due_on DESC, id").bind("id", residentId)
                .map((rs, ctx) -> new TaxItem(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        Optional.ofNullable(rs.getObject(5, LocalDate.class)))).list());
    }

    private Person person(ResultSet rs) throws SQLException {
        try {
            LocalDate movedIn = rs.getObject(5, LocalDate.class);
            if (movedIn == null) {
                movedIn = rs.getObject(9, LocalDateTime.class).toLocalDate();
            }
            long household = rs.getLong(8);
            Optional<Long> hh = rs.wasNull() ? Optional.empty() : Optional.of(household);
            String relation = rs.getString(6);
            String base = rs.getString(7);
            return new Person(rs.getLong(1), rs.getString(2), cipher.decrypt(rs.getString(3)), rs.getString(4), movedIn,
                    relation == null ? "HEAD" : relation, base == null ? "" : base, hh);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("resident " + rs.getLong(1) + ": the stored registration number cannot be decrypted "
                    + "with this site's data key", e);
        }
    }
}
