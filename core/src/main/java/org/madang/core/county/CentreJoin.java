package org.madang.core.county;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Moves a centre's own database into a county's PostgreSQL that already holds other centres'
 * books (SCALE.md, issue 22), in one transaction: all or nothing.
 *
 * <ul>
 * <li>Every row gets an id of the county's (a block of each table's ids is taken first, so the
 * county's terminals keep working meanwhile) and every reference follows it: the foreign keys,
 * and what points without one (a payment's item, a waiting or enrolled resident, a picture's owner).</li>
 * <li>A resident the county already has (the same registration number) is the county's one: the
 * centre's bookings, enrolments, fees and care attach to it, and the county's registry copy
 * (address history, family, local tax, household) stands. The county's catalogue likewise
 * (queue services, document types, instructors, practice learners, rules, kinds): the centre's
 * rows with the same code are the county's.</li>
 * <li>What is kept under a key is made again under the county's: registration numbers (cipher and
 * look-up hash), case notes, document contents. A PIN is kept only as a keyed check of itself, so
 * it cannot be: it moves as it is, checked with the centre's key until its first use makes it the
 * county's (a resident the county had without a PIN takes the one set at the centre).</li>
 * <li>A facility's or course's code, a clerk's login, a practice class's name or a terminal's id
 * that another centre already uses becomes the centre's own ({@code code-centre},
 * {@code login.centre}, {@code centre-terminal}); a document's or certificate's number is printed
 * on paper, so a clash there refuses the move.</li>
 * <li>The centre's event chain is kept as it was ({@code moved_event}, under the centre's audit key)
 * and each row's old id beside its new one ({@code moved_id}); the county's chain gets one
 * CentreMoved event naming what was added and the moved chain's last hash.</li>
 * </ul>
 */
public final class CentreJoin {
    /** Not the centre's rows: Flyway's history, the county's centres, the county's chain and what earlier moves kept. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "centre", "event_head", "event_log", "moved_event", "moved_id",
            "moved_name");
    /** The county's catalogue, by the columns that name a row: a centre's row with the same key is the county's row. */
    private static final Map<String, List<String>> SHARED = Map.of("queue_service", List.of("code"), "document_type", List.of("code"),
            "instructor", List.of("name"), "practice_learner", List.of("nickname", "digits"), "policy_setting", List.of("name"),
            "fee_exemption", List.of("kind"), "need_kind", List.of("code"), "welfare_service", List.of("code"), "course_term", List.of("code"));
    /** Names a centre's row keeps unless another centre's row has it: then the centre's own. */
    private static final Map<String, String> RENAMED = Map.of("facility", "code", "course", "code", "practice_class", "name",
            "satisfaction", "answer_key");
    /** Numbers printed on paper: a clash cannot be renamed away. */
    private static final Map<String, String> PRINTED = Map.of("document_issue", "number", "practice_certificate", "number");
    /** A resident's registry copy: for a resident the county has, the county's copy stands. */
    private static final Set<String> REGISTRY = Set.of("address_history", "family_member", "local_tax");
    /** Columns naming a resident without a foreign key (the live copies that keep one row per resident). */
    private static final Map<String, String> RESIDENT_COPIES = Map.of("waitlist", "waiting_resident", "course_enrolment", "live_resident");
    /** Columns that hold a clerk's login (bare or as {@code clerk:login}). */
    private static final Set<String> LOGIN_COLUMNS = Set.of("created_by", "clerk", "officer", "answered_by", "written_by", "changed_by",
            "saved_by", "refund_clerk", "done_by", "closed_by", "raised_by", "reopened_by", "locked_by", "counter_id");
    private static final List<String> TERMINAL_TABLES = List.of("terminal_status", "terminal_lock", "terminal_day");
    private static final Map<String, String> ITEM_TABLES = Map.of("BOOKING", "booking", "COURSE", "course_enrolment", "DOCUMENT", "document_issue");

    /** The centre's keys and the county's: what one sealed, the other seals again. */
    public interface Keys {
        /** A registration number sealed under the centre's keys, in clear; fails for one sealed otherwise. */
        String openNumber(String sealed) throws GeneralSecurityException;

        /** The number sealed under the county's keys. */
        String sealNumber(String clear);

        /** The county's look-up hash of the number. */
        String numberHash(String clear);

        /** Text sealed under the centre's data key, sealed again under the county's. */
        String reseal(String sealed) throws GeneralSecurityException;

        /**
         * How the county keeps a PIN the centre kept for its resident {@code oldId} ({@code stored}:
         * a keyed check of itself, which cannot be made again without the PIN): checked with the
         * centre's key until it is first used.
         */
        String movedPin(String centre, long oldId, String stored);
    }

    /** A table's rows: read from the centre, added to the county, found there already (the county's), or left (the county's copy stands). */
    public record Count(long read, long added, long joined, long left) {
        public boolean adds() {
            return read == added + joined + left;
        }
    }

    /** What the move did. */
    public record Joined(Map<String, Count> tables, Map<String, List<String>> renamed, List<String> countyRules, long pinsKept, long events) {
        public long added() {
            return tables.values().stream().mapToLong(Count::added).sum();
        }

        public long joined(String table) {
            return tables.containsKey(table) ? tables.get(table).joined() : 0;
        }
    }

    /** The move cannot be made as asked; nothing was written. */
    public static final class CannotJoin extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CannotJoin(String why) {
            super(why);
        }
    }

    private final Connection source;
    private final Connection target;
    private final Centre as;
    private final Keys keys;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<String, String> logins = new HashMap<>();
    private final Map<String, String> terminals = new HashMap<>();
    private final Set<Long> residentsJoined = new HashSet<>();
    private final Set<Long> householdsLeft = new HashSet<>();
    private final Set<Long> countyCases = new HashSet<>();
    private final Map<String, List<String>> renamed = new java.util.TreeMap<>();
    private final List<String[]> names = new ArrayList<>();
    private final List<String> countyRules = new ArrayList<>();
    private long pinsKept;
    /** County residents the centre had too, with no PIN in the county but one at the centre: that one, kept. */
    private final Map<Long, String> countyPins = new HashMap<>();

    private CentreJoin(Connection source, Connection target, Centre as, Keys keys) {
        this.source = source;
        this.target = target;
        this.as = as;
        this.keys = keys;
    }

    /**
     * Moves the centre in {@code from} (its own H2, centre {@code main}) into the county at {@code to} as {@code as}.
     *
     * @param events the county's event log (the county's keys)
     *
     * @throws CannotJoin when the county already has that centre, or a printed number the centre's also has
     */
    public static Joined join(DataSource from, DataSource to, Centre as, Keys keys, EventLog events) throws SQLException {
        try (Connection source = from.getConnection(); Connection target = to.getConnection()) {
            source.setReadOnly(true);
            target.setAutoCommit(false);
            try {
                Joined joined = new CentreJoin(source, target, as, keys).run(events);
                target.commit();
                return joined;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
        }
    }

    private Joined run(EventLog events) throws SQLException {
        makeCentre();
        List<String> order = new ArrayList<>(CentreMove.inDependencyOrder(target));
        order.removeAll(SKIPPED);
        findResidents();
        findLogins();
        findTerminals();
        countyCases.addAll(longs(target, "SELECT resident_id FROM care_case"));
        Map<String, Count> tables = new LinkedHashMap<>();
        for (String table : order) {
            tables.put(table, copy(table));
        }
        try (PreparedStatement pin = target.prepareStatement("UPDATE resident SET pin_hash = ? WHERE id = ? AND pin_hash IS NULL")) {
            for (var p : countyPins.entrySet()) {
                pin.setString(1, p.getValue());
                pin.setLong(2, p.getKey());
                pinsKept += pin.executeUpdate();
            }
        }
        long moved = keepChain();
        keepIds();
        Joined joined = new Joined(tables, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(renamed)), List.copyOf(countyRules), pinsKept,
                moved);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("centre", as.code());
        details.put("rows", joined.added());
        details.put("residentsJoined", joined.joined("resident"));
        details.put("pinsKept", pinsKept);
        renamed.forEach((kind, names) -> details.put("renamed." + kind, names.size()));
        details.put("events", moved);
        try (Statement st = source.createStatement(); ResultSet head = st.executeQuery("SELECT last_hash, last_id, keyed_from FROM event_head "
                + "WHERE id = 1")) {
            head.next();
            details.put("chainHead", head.getString(1));
            details.put("lastEvent", head.getLong(2));
            details.put("keyedFrom", head.getLong(3));
        }
        events.append(org.jdbi.v3.core.Jdbi.open(target), new EventDraft(EventType.CENTRE_MOVED, "centre:" + as.code(), "system", details));
        return joined;
    }

    /** The centre's row in the county; a centre whose code already has rows there is refused. */
    private void makeCentre() throws SQLException {
        for (String table : List.of("facility", "course", "clerk", "queue_ticket", "terminal_status")) {
            try (PreparedStatement ps = target.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE site = ?")) {
                ps.setString(1, as.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new CannotJoin("the county already holds centre '" + as.code() + "' (" + rs.getLong(1) + " rows of " + table
                                + "); a centre moves in once");
                    }
                }
            }
        }
        try (PreparedStatement ps = target.prepareStatement("SELECT COUNT(*) FROM moved_event WHERE centre = ?")) {
            ps.setString(1, as.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new CannotJoin("the county already keeps the history of centre '" + as.code() + "'; a centre moves in once");
                }
            }
        }
        String first = one(source, "SELECT hash FROM EVENT_LOG WHERE id = 1");
        for (String table : List.of("event_log", "moved_event")) {
            try (PreparedStatement ps = target.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE hash = ?")) {
                ps.setString(1, first);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (first != null && rs.getLong(1) > 0) {
                        throw new CannotJoin("the county already holds this centre's books (its first event is there); a centre moves in once");
                    }
                }
            }
        }
        try (PreparedStatement update = target.prepareStatement("UPDATE centre SET name = ? WHERE code = ?")) {
            update.setString(1, as.name());
            update.setString(2, as.code());
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = target.prepareStatement("INSERT INTO centre (code, name) VALUES (?, ?)")) {
                    insert.setString(1, as.code());
                    insert.setString(2, as.name());
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Which of the centre's residents the county has (by registration number), and which households only they use. */
    private void findResidents() throws SQLException {
        Map<Long, Boolean> householdKept = new HashMap<>();
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT id, rrn_cipher, household_id, pin_hash FROM RESIDENT");
             PreparedStatement find = target.prepareStatement("SELECT id, pin_hash FROM resident WHERE rrn_hash = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String rrn = open(rs.getString(2), "resident " + id);
                find.setString(1, keys.numberHash(rrn));
                Optional<Long> county = Optional.empty();
                try (ResultSet found = find.executeQuery()) {
                    if (found.next()) {
                        county = Optional.of(found.getLong(1));
                        // the county's record stands; a PIN set only at this centre comes with the resident
                        if (rs.getString(4) != null && found.getString(2) == null) {
                            countyPins.put(found.getLong(1), keys.movedPin(as.code(), id, rs.getString(4)));
                        }
                    }
                }
                long household = rs.getLong(3);
                boolean hasHousehold = !rs.wasNull();
                if (county.isPresent()) {
                    residentsJoined.add(id);
                    ids.computeIfAbsent("resident", t -> new HashMap<>()).put(id, county.get());
                }
                if (hasHousehold) {
                    householdKept.merge(household, county.isEmpty(), Boolean::logicalOr);
                }
            }
        }
        householdKept.forEach((household, kept) -> {
            if (!kept) {
                householdsLeft.add(household);
            }
        });
    }

    /** The centre's clerks whose logins another centre's clerk has: {@code login.centre}. */
    private void findLogins() throws SQLException {
        Set<String> county = strings(target, "SELECT login FROM clerk");
        for (String login : new java.util.TreeSet<>(strings(source, "SELECT login FROM CLERK"))) {
            if (county.contains(login)) {
                String mine = login + "." + as.code();
                if (county.contains(mine)) {
                    throw new CannotJoin("the county has clerks '" + login + "' and '" + mine + "' already; rename the centre's clerk '" + login
                            + "' before the move");
                }
                logins.put(login, mine);
                rename("clerk", login, mine);
            }
        }
    }

    /** The centre's terminals whose ids another centre's terminal has: {@code centre-id} (set terminal.id so at each). */
    private void findTerminals() throws SQLException {
        Set<String> county = new HashSet<>();
        Set<String> mine = new java.util.TreeSet<>();
        for (String table : TERMINAL_TABLES) {
            county.addAll(strings(target, "SELECT terminal_id FROM " + table));
            mine.addAll(strings(source, "SELECT terminal_id FROM " + table.toUpperCase(Locale.ROOT)));
        }
        for (String id : mine) {
            if (county.contains(id)) {
                String own = as.code() + "-" + id;
                if (own.length() > 40 || county.contains(own)) {
                    throw new CannotJoin("the county has a terminal '" + id + "' already, and '" + own + "' cannot be the centre's; "
                            + "give the centre's terminal another id before the move");
                }
                terminals.put(id, own);
                rename("terminal", id, own);
            }
        }
    }

    private Count copy(String table) throws SQLException {
        List<String> columns = CentreMove.columns(target, table);
        Map<String, String> references = references(table);
        boolean hasId = columns.contains("id");
        long offset = hasId ? reserve(table) : 0;
        Map<Long, Long> mapped = ids.computeIfAbsent(table, t -> new HashMap<>());
        Map<String, Long> shared = SHARED.containsKey(table) ? sharedRows(table, hasId) : Map.of();
        Set<String> taken = RENAMED.containsKey(table) ? strings(target, "SELECT " + RENAMED.get(table) + " FROM " + table)
                : PRINTED.containsKey(table) ? strings(target, "SELECT " + PRINTED.get(table) + " FROM " + table) : Set.of();
        Map<String, String> countyRule = table.equals("policy_setting") ? rules() : Map.of();
        Set<String> prefixes = table.equals("queue_service") ? strings(target, "SELECT prefix FROM queue_service") : Set.of();
        Set<String> pictures = table.equals("picture") ? strings(target, "SELECT owner FROM picture") : Set.of();
        long read = 0;
        long added = 0;
        long joined = 0;
        long left = 0;
        String list = String.join(", ", columns);
        try (Statement st = source.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table.toUpperCase(Locale.ROOT));
             PreparedStatement write = target.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")) {
            st.setFetchSize(1000);
            while (rs.next()) {
                read++;
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = RowCopy.whole(rs.getObject(i + 1));
                }
                Long oldId = hasId ? ((Number) row[columns.indexOf("id")]).longValue() : null;
                if (table.equals("resident") && residentsJoined.contains(oldId)
                        || table.equals("household") && householdsLeft.contains(oldId)) {
                    if (table.equals("resident")) {
                        joined++;
                    } else {
                        left++;
                    }
                    continue;
                }
                if (REGISTRY.contains(table) && residentsJoined.contains(((Number) row[columns.indexOf("resident_id")]).longValue())) {
                    left++;
                    continue;
                }
                String key = SHARED.containsKey(table) ? SHARED.get(table).stream().map(c -> String.valueOf(row[columns.indexOf(c)]))
                        .reduce((a, b) -> a + "\u001f" + b).orElseThrow() : null;
                if (table.equals("queue_service") && !shared.containsKey(key) && prefixes.contains(String.valueOf(row[columns.indexOf("prefix")]))) {
                    throw new CannotJoin("the centre's queue service '" + key + "' prints tickets with " + row[columns.indexOf("prefix")]
                            + ", which another of the county's services prints; give it another letter before the move");
                }
                if (key != null && shared.containsKey(key)) {
                    if (hasId) {
                        mapped.put(oldId, shared.get(key));
                    }
                    if (countyRule.containsKey(key)) {
                        String mine = String.valueOf(row[columns.indexOf("setting_value")]);
                        if (!mine.equals(countyRule.get(key))) {
                            countyRules.add(key + ": the centre's " + mine + ", the county's " + countyRule.get(key));
                        }
                    }
                    joined++;
                    continue;
                }
                change(table, columns, references, row);
                if (table.equals("care_case") && countyCases.contains(((Number) row[columns.indexOf("resident_id")]).longValue())
                        || table.equals("picture") && pictures.contains((String) row[columns.indexOf("owner")])) {
                    // the county's case of a resident it had, the county's picture of an instructor it had: the county's stands
                    left++;
                    continue;
                }
                makeOwn(table, columns, row, taken);
                if (hasId) {
                    long id = oldId + offset;
                    mapped.put(oldId, id);
                    row[columns.indexOf("id")] = id;
                }
                for (int i = 0; i < row.length; i++) {
                    write.setObject(i + 1, row[i]);
                }
                write.addBatch();
                if (++added % 1_000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return new Count(read, added, joined, left);
    }

    /** A row's references, codes, logins and sealed values made the county's. */
    private void change(String table, List<String> columns, Map<String, String> references, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            String column = columns.get(i);
            Object value = row[i];
            if (column.equals("site") && (value != null || table.equals("notice") || table.equals("clerk"))) {
                row[i] = as.code();
            } else if (value != null && references.containsKey(column)) {
                row[i] = newId(references.get(column), ((Number) value).longValue(), table + "." + column);
            } else if (value != null && column.equals(RESIDENT_COPIES.get(table))) {
                row[i] = newId("resident", ((Number) value).longValue(), table + "." + column);
            } else if (value instanceof String s && LOGIN_COLUMNS.contains(column)) {
                row[i] = login(s);
            } else if (value instanceof String s && column.equals("terminal_id") && TERMINAL_TABLES.contains(table)) {
                row[i] = terminals.getOrDefault(s, s);
            } else if (value instanceof String s && (column.endsWith("_cipher") && !table.equals("resident")
                    || table.equals("document_issue") && column.equals("content"))) {
                row[i] = reseal(s, table + "." + column);
            }
        }
        if (table.equals("clerk")) {
            int login = columns.indexOf("login");
            row[login] = logins.getOrDefault((String) row[login], (String) row[login]);
        } else if (table.equals("payment")) {
            int item = columns.indexOf("item_id");
            String kind = (String) row[columns.indexOf("item_kind")];
            row[item] = newId(ITEM_TABLES.getOrDefault(kind, kind), ((Number) row[item]).longValue(), "payment.item_id");
        } else if (table.equals("picture")) {
            int owner = columns.indexOf("owner");
            String[] parts = ((String) row[owner]).split(":", 2);
            if (parts.length == 2 && parts[1].matches("\\d+") && ids.containsKey(parts[0])) {
                row[owner] = parts[0] + ":" + newId(parts[0], Long.parseLong(parts[1]), "picture.owner");
            }
        } else if (table.equals("resident")) {
            int cipher = columns.indexOf("rrn_cipher");
            String rrn = open((String) row[cipher], "resident " + row[columns.indexOf("id")]);
            row[cipher] = keys.sealNumber(rrn);
            row[columns.indexOf("rrn_hash")] = keys.numberHash(rrn);
            int pin = columns.indexOf("pin_hash");
            if (row[pin] != null) {
                pinsKept++;
                row[pin] = keys.movedPin(as.code(), ((Number) row[columns.indexOf("id")]).longValue(), (String) row[pin]);
            }
        }
    }

    /** A facility's or course's code or a practice class's name another centre has becomes the centre's own; a printed number refuses. */
    private void makeOwn(String table, List<String> columns, Object[] row, Set<String> taken) {
        if (RENAMED.containsKey(table)) {
            int at = columns.indexOf(RENAMED.get(table));
            String name = (String) row[at];
            if (taken.contains(name)) {
                String mine = switch (table) {
                    case "practice_class" -> name + " (" + as.name() + ")";
                    case "satisfaction" -> as.code() + ":" + name;
                    default -> name + "-" + as.code();
                };
                if (taken.contains(mine)) {
                    throw new CannotJoin("the county has " + table + " '" + name + "' and '" + mine + "' already; rename the centre's before the move");
                }
                row[at] = mine;
                if (!table.equals("satisfaction")) {
                    // an answer's key only keeps a kiosk from counting it twice: no one reads it
                    rename(table, name, mine);
                }
            }
        } else if (PRINTED.containsKey(table)) {
            String number = String.valueOf(row[columns.indexOf(PRINTED.get(table))]).trim();
            if (taken.contains(number)) {
                throw new CannotJoin("the county has a " + table.replace('_', ' ') + " numbered " + number + " already, and so has the centre; "
                        + "a printed number cannot change, so the move is refused");
            }
        }
    }

    private void rename(String kind, String was, String now) {
        renamed.computeIfAbsent(kind, k -> new ArrayList<>()).add(was + " → " + now);
        names.add(new String[] {kind, was, now});
    }

    private long newId(String table, long old, String where) {
        Long id = ids.getOrDefault(table, Map.of()).get(old);
        if (id == null) {
            throw new IllegalStateException(where + " names " + table + " " + old + ", which the centre does not have");
        }
        return id;
    }

    private String login(String value) {
        if (value.startsWith("clerk:")) {
            String login = value.substring("clerk:".length());
            return logins.containsKey(login) ? "clerk:" + logins.get(login) : value;
        }
        return logins.getOrDefault(value, value);
    }

    private String open(String sealed, String what) {
        try {
            return keys.openNumber(sealed);
        } catch (GeneralSecurityException e) {
            throw new CannotJoin("the registration number of " + what + " does not open with the centre's keys (" + e.getMessage()
                    + "); move with the centre's own keys/ folder");
        }
    }

    private String reseal(String sealed, String what) {
        try {
            return keys.reseal(sealed);
        } catch (GeneralSecurityException e) {
            throw new CannotJoin(what + " does not open with the centre's keys (" + e.getMessage() + "); move with the centre's own keys/ folder");
        }
    }

    /** The table's single-column foreign keys to a table with ids, by column: to the table whose id it ultimately names. */
    private Map<String, String> references(String table) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = target.prepareStatement("SELECT a.attname, c.confrelid::regclass::text, r.attname FROM pg_constraint c "
                + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                + "JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1] "
                + "WHERE c.contype = 'f' AND c.conrelid = ?::regclass AND array_length(c.conkey, 1) = 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String refers = rs.getString(2);
                    String column = rs.getString(3);
                    if (column.equals("id")) {
                        out.put(rs.getString(1), refers);
                    } else if (refers.equals("care_case") && column.equals("resident_id")) {
                        out.put(rs.getString(1), "resident");
                    }
                }
            }
        }
        return out;
    }

    /** The county's rows of a shared table, by key: their ids (or 0 for a table without). */
    private Map<String, Long> sharedRows(String table, boolean hasId) throws SQLException {
        List<String> key = SHARED.get(table);
        Map<String, Long> out = new HashMap<>();
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT " + String.join(", ", key)
                + (hasId ? ", id" : "") + " FROM " + table)) {
            while (rs.next()) {
                StringBuilder k = new StringBuilder(String.valueOf(rs.getObject(1)));
                for (int i = 2; i <= key.size(); i++) {
                    k.append('\u001f').append(rs.getObject(i));
                }
                out.put(k.toString(), hasId ? rs.getLong(key.size() + 1) : 0L);
            }
        }
        return out;
    }

    private Map<String, String> rules() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT name, setting_value FROM policy_setting")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * Takes a block of the table's ids past the centre's largest: the centre's id {@code n} becomes
     * {@code n + offset}. The sequence moves at once (outside the transaction), so the county's
     * terminals adding rows meanwhile take ids after the block.
     */
    private long reserve(String table) throws SQLException {
        long largest = Long.parseLong(String.valueOf(Optional.ofNullable(one(source, "SELECT COALESCE(MAX(id), 0) FROM "
                + table.toUpperCase(Locale.ROOT))).orElse("0")));
        String sequence = one(target, "SELECT pg_get_serial_sequence('" + table + "', 'id')");
        if (sequence == null) {
            return Long.parseLong(one(target, "SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        long next = Long.parseLong(one(target, "SELECT nextval('" + sequence + "')"));
        long countyLargest = Long.parseLong(one(target, "SELECT COALESCE(MAX(id), 0) FROM " + table));
        long offset = Math.max(next - 1, countyLargest);
        try (Statement st = target.createStatement()) {
            st.execute("SELECT setval('" + sequence + "', " + (offset + largest + 1) + ", false)");
        }
        return offset;
    }

    /** The centre's chain, row for row as it was, beside the county's. */
    private long keepChain() throws SQLException {
        List<String> columns = List.of("id", "occurred_at", "terminal_id", "actor", "type", "subject", "payload", "prev_hash", "hash");
        try (Statement st = source.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM EVENT_LOG ORDER BY id");
             PreparedStatement write = target.prepareStatement("INSERT INTO moved_event (centre, " + String.join(", ", columns)
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setFetchSize(1000);
            write.setString(1, as.code());
            long n = 0;
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    write.setObject(i + 2, RowCopy.whole(rs.getObject(i + 1)));
                }
                write.addBatch();
                if (++n % 1_000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
            return n;
        }
    }

    /** Each row's old id beside its new one, each name made the centre's own beside the one it had. */
    private void keepIds() throws SQLException {
        try (PreparedStatement write = target.prepareStatement("INSERT INTO moved_name (centre, kind, old_name, new_name) VALUES (?, ?, ?, ?)")) {
            write.setString(1, as.code());
            for (String[] name : names) {
                write.setString(2, name[0]);
                write.setString(3, name[1]);
                write.setString(4, name[2]);
                write.addBatch();
            }
            write.executeBatch();
        }
        try (PreparedStatement write = target.prepareStatement("INSERT INTO moved_id (centre, table_name, old_id, new_id) VALUES (?, ?, ?, ?)")) {
            write.setString(1, as.code());
            long n = 0;
            for (var table : ids.entrySet()) {
                write.setString(2, table.getKey());
                for (var id : table.getValue().entrySet()) {
                    write.setLong(3, id.getKey());
                    write.setLong(4, id.getValue());
                    write.addBatch();
                    if (++n % 1_000 == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) == null ? null : rs.getString(1).trim());
            }
        }
        return out;
    }

    private static Set<Long> longs(Connection c, String sql) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
