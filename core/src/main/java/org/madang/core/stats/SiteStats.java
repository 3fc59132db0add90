package org.madang.core.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Counts of every entity in a site database, for {@code madang stats}. */
public final class SiteStats {
    /** Name shown → table counted, in display order. */
    private static final Map<String, String> TABLES = tables();

    private final Jdbi jdbi;

    public SiteStats(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("facilities", "facility");
        t.put("slots", "slot");
        t.put("bookings", "booking");
        t.put("residents", "resident");
        t.put("courses", "course");
        t.put("documentTypes", "document_type");
        t.put("queueServices", "queue_service");
        t.put("notices", "notice");
        t.put("clerks", "clerk");
        t.put("events", "event_log");
        return t;
    }

    /** Entity name → row count, in a fixed order. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> TABLES.forEach((name, table) ->
                out.put(name, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one())));
        return out;
    }
}
