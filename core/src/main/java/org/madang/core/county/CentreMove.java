package org.madang.core.county;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Moves a centre's own database (H2, one centre {@code main}) into a county's PostgreSQL that holds
 * no centre's data yet (SCALE.md, issue 22: the county starts from a centre's books): every row of
 * every table, with its id, in the order the foreign keys need, the centre's rows relabelled with
 * its code in the county; the event log verbatim, so the chain checks in the county with the
 * centre's keys, and one event more on top of it (CentreMoved: the rows copied). Both schemas
 * must be at the same version. One transaction on the county side: all or nothing.
 */
public final class CentreMove {
    /** What is not copied: Flyway's own history (the county's is its own) and the centres (the moved one is made). */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "centre");

    private CentreMove() {
    }

    /** Rows copied, by table. */
    public record Moved(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The county already holds a centre's data: a second centre's history cannot simply be copied beside it. */
    public static final class CountyNotEmpty extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CountyNotEmpty(String what) {
            super("the county's database already holds " + what + "; a centre's books move only into a county that holds none yet");
        }
    }

    /** Whether the county's database already holds a centre's books: a next centre joins it ({@link CentreJoin}) instead. */
    public static boolean countyHoldsACentre(DataSource to) throws SQLException {
        try (Connection target = to.getConnection()) {
            return holding(target).isPresent();
        }
    }

    /**
     * Copies the centre in {@code from} into {@code to} as centre {@code as}.
     *
     * @param events the county's event log, as a terminal of {@code as} with the centre's keys writes it
     *
     * @throws CountyNotEmpty when the county already holds facilities, residents, bookings or events
     */
    public static Moved copy(DataSource from, DataSource to, Centre as, org.madang.core.event.EventLog events) throws SQLException {
        try (Connection source = from.getConnection(); Connection target = to.getConnection()) {
            source.setReadOnly(true);
            java.util.Optional<String> held = holding(target);
            if (held.isPresent()) {
                throw new CountyNotEmpty(held.get());
            }
            target.setAutoCommit(false);
            try {
                List<String> order = inDependencyOrder(target);
                try (Statement st = target.createStatement()) {
                    // what the migrations put in (rules, kinds, the head of an empty chain) gives way to the centre's own
                    for (int i = order.size() - 1; i >= 0; i--) {
                        st.executeUpdate("DELETE FROM " + order.get(i));
                    }
                }
                try (PreparedStatement centre = target.prepareStatement("INSERT INTO centre (code, name) VALUES (?, ?)")) {
                    if (!as.code().equals("main")) {
                        centre.setString(1, as.code());
                        centre.setString(2, as.name());
                        centre.executeUpdate();
                    }
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : order) {
                    rows.put(table, copyTable(source, target, table, as.code()));
                }
                restartIdentities(target, order);
                Moved moved = new Moved(rows);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("centre", as.code());
                details.put("rows", moved.total());
                details.put("events", rows.getOrDefault("event_log", 0L));
                events.append(org.jdbi.v3.core.Jdbi.open(target), new org.madang.core.event.EventDraft(
                        org.madang.core.event.EventType.CENTRE_MOVED, "centre:" + as.code(), "system", details));
                target.commit();
                return moved;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
        }
    }

    /** The county's tables, each after the tables its foreign keys point to. */
    static List<String> inDependencyOrder(Connection target) throws SQLException {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (!SKIPPED.contains(t)) {
                    needs.put(t, new LinkedHashSet<>());
                }
            }
        }
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT c.conrelid::regclass::text, "
                + "c.confrelid::regclass::text FROM pg_constraint c WHERE c.contype = 'f'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String refers = rs.getString(2);
                if (needs.containsKey(table) && needs.containsKey(refers) && !table.equals(refers)) {
                    needs.get(table).add(refers);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(needs.keySet());
        int stuck = 0;
        while (!pending.isEmpty()) {
            String t = pending.poll();
            if (placed.containsAll(needs.get(t))) {
                order.add(t);
                placed.add(t);
                stuck = 0;
            } else {
                pending.add(t);
                if (++stuck > pending.size()) {
                    throw new IllegalStateException("the foreign keys of " + pending + " go round in a circle");
                }
            }
        }
        return order;
    }

    private static long copyTable(Connection source, Connection target, String table, String code) throws SQLException {
        List<String> columns = columns(target, table);
        int site = columns.indexOf("site");
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (Statement read = source.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table.toUpperCase(Locale.ROOT));
             PreparedStatement write = target.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(1000);
            return RowCopy.copy(rs, write, columns.size(), (i, value) -> i == site && "main".equals(value) ? code : value);
        }
    }

    /** A county table's columns that take values (not generated), in their order. */
    static List<String> columns(Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Whether the county already holds a centre's books (facilities, residents, bookings or events). */
    static java.util.Optional<String> holding(Connection target) throws SQLException {
        for (String table : List.of("facility", "resident", "booking", "event_log")) {
            try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return java.util.Optional.of(rs.getLong(1) + " rows of " + table);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Each identity column's next value past the ids copied, so new rows in the county do not collide. */
    static void restartIdentities(Connection target, List<String> tables) throws SQLException {
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'")) {
            List<String[]> identities = new ArrayList<>();
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (String[] id : identities) {
                if (tables.contains(id[0])) {
                    try (Statement set = target.createStatement()) {
                        set.execute("SELECT setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'), "
                                + "(SELECT COALESCE(MAX(" + id[1] + "), 0) + 1 FROM " + id[0] + "), false)");
                    }
                }
            }
        }
    }
}
