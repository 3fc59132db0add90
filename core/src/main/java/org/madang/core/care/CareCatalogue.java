package org.madang.core.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;

/**
 * The kinds of need (생계, 주거, 건강…) and the welfare services a centre helps with, which an
 * admin extends, renames and switches off (never deletes: old cases name them).
 */
public final class CareCatalogue {
    /** Which list. */
    public enum Part {
        NEEDS("need_kind", 60), SERVICES("welfare_service", 80);

        private final String table;
        private final int longest;

        Part(String table, int longest) {
            this.table = table;
            this.longest = longest;
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    private final Jdbi jdbi;
    private final EventLog events;

    public CareCatalogue(Jdbi jdbi, EventLog events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** The kinds of need, in their order; only those offered now when {@code activeOnly}. */
    public List<CatalogueEntry> needKinds(boolean activeOnly) {
        return jdbi.withHandle(h -> entries(h, Part.NEEDS, activeOnly));
    }

    /** The welfare services, in their order; only those offered now when {@code activeOnly}. */
    public List<CatalogueEntry> services(boolean activeOnly) {
        return jdbi.withHandle(h -> entries(h, Part.SERVICES, activeOnly));
    }

    static List<CatalogueEntry> entries(Handle h, Part list, boolean activeOnly) {
        return h.createQuery("SELECT code, name_ko, name_en, active FROM " + list.table + (activeOnly ? " WHERE active" : "")
                        + " ORDER BY position, code")
                .map((rs, ctx) -> new CatalogueEntry(rs.getString(1), new Localized(rs.getString(2), rs.getString(3)), rs.getBoolean(4)))
                .list();
    }

    /** The entry of {@code code} in {@code list}, offered or not. */
    static java.util.Optional<CatalogueEntry> entry(Handle h, Part list, String code) {
        return entries(h, list, false).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * Adds an entry, or renames it and switches it on or off (an admin's act). The code is upper
     * case letters, digits and '_'; both names are needed.
     */
    public CaseOutcome<CatalogueEntry> save(Part list, CatalogueEntry entry, String admin) {
        Map<String, Refusal> invalid = new LinkedHashMap<>();
        String code = entry.code() == null ? "" : entry.code().strip();
        if (!CODE.matcher(code).matches()) {
            invalid.put("code", Refusal.of("case.catalogue.code"));
        }
        String ko = entry.name().ko() == null ? "" : entry.name().ko().strip();
        String en = entry.name().en() == null ? "" : entry.name().en().strip();
        if (ko.isEmpty() || ko.length() > list.longest) {
            invalid.put("nameKo", Refusal.of("case.catalogue.name", list.longest));
        }
        if (en.isEmpty() || en.length() > list.longest) {
            invalid.put("nameEn", Refusal.of("case.catalogue.name", list.longest));
        }
        if (!invalid.isEmpty()) {
            return new CaseOutcome.Invalid<>(invalid);
        }
        return jdbi.inTransaction(h -> {
            if (!CaseRights.may(h, admin, Permission.CARE_CATALOGUE)) {
                return new CaseOutcome.Refused<>(Refusal.of(Permission.CARE_CATALOGUE.refusalKey()));
            }
            boolean known = entry(h, list, code).isPresent();
            if (known) {
                h.createUpdate("UPDATE " + list.table + " SET name_ko = :ko, name_en = :en, active = :a WHERE code = :c")
                        .bind("ko", ko).bind("en", en).bind("a", entry.active()).bind("c", code).execute();
            } else {
                int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM " + list.table).mapTo(Integer.class).one();
                h.createUpdate("INSERT INTO " + list.table + " (code, name_ko, name_en, active, position) VALUES (:c, :ko, :en, :a, :p)")
                        .bind("c", code).bind("ko", ko).bind("en", en).bind("a", entry.active()).bind("p", position).execute();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("list", list.name());
            details.put("code", code);
            details.put("nameKo", ko);
            details.put("nameEn", en);
            details.put("active", entry.active());
            details.put("added", !known);
            events.append(h, new EventDraft(EventType.CARE_CATALOGUE_CHANGED, "catalogue:" + list.table, "clerk:" + admin, details));
            return new CaseOutcome.Done<>(new CatalogueEntry(code, new Localized(ko, en), entry.active()), 0);
        });
    }
}
