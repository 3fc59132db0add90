package org.madang.core.county;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A centre's H2 cache of the county's PostgreSQL (SCALE.md, issue 22): what a kiosk must show fast
 * and keep showing when the link to the county breaks — the centres, the catalogue of facilities,
 * their slots from today (availability: {@code booked} of {@code capacity}), the bookings of those
 * slots (check-in), the residents (look-up hashes), the notices (with who liked them), the
 * booking rules' figures and today's queue (the services and tickets: the kiosk takes tickets
 * in the cache while the county does not answer, {@code TicketQueue}'s offline way; a ticket
 * taken so has an id below zero, and is left alone here until it is sent). It follows the county's event
 * log: each {@link #follow()} reads the events after the last one it saw and copies again the rows
 * they name ({@link Refresh}); a new cache, or one whose county went back in time (a restore), is
 * loaded whole. Copying a row again is idempotent, so terminals of a centre sharing one cache file
 * may follow at once (they take turns on the cache's state row), and a row read newer than its
 * event is simply copied again by that event.
 * <p>
 * The cache is only ever written here: its schema is the site's (the same migrations, so the
 * stores' queries run on it unchanged), with foreign keys not enforced, as a copy holds only part
 * of the county (a booking without its resident's household). Nothing here changes the county.
 */
public final class CentreCache {
    /** The tables the cache holds, each copied whole when loaded whole, except slot and booking (from today). */
    static final List<String> TABLES = List.of("centre", "facility", "slot", "booking", "resident", "notice", "notice_like",
            "policy_setting", "fee_exemption", "queue_service", "queue_ticket");
    /**
     * What the cache holds, as a number: a cache made by a Madang holding less (an older
     * {@link #TABLES}) is loaded whole at its next follow. 2: the queue added.
     */
    static final int FORMAT = 2;
    /** Events read from the county in one round of catching up (one cache transaction each). */
    public static final int BATCH = 2_000;

    private final int batch;
    private final DataSource county;
    private final DataSource cache;
    private final Clock clock;
    /** Each table's columns, read once: a terminal's follower and its screens (a like, a ticket) follow from two threads. */
    private final Map<String, List<String>> columns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param county the county's database, read only
     * @param cache  the centre's cache, migrated like a site database
     * @param clock  the centre's clock: "today" for the slots and bookings kept
     */
    public CentreCache(DataSource county, DataSource cache, Clock clock) {
        this(county, cache, clock, BATCH);
    }

    CentreCache(DataSource county, DataSource cache, Clock clock, int batch) {
        this.county = county;
        this.cache = cache;
        this.clock = clock;
        this.batch = batch;
    }

    /** One {@link #follow()}: the county's newest event now mirrored, how many events were read, rows copied, whether loaded whole. */
    public record Followed(long lastSeen, int events, long rows, boolean whole) {
    }

    /** The cache's own bookkeeping: the newest county event mirrored, and when the cache last heard from the county. */
    public record State(long lastSeen, java.time.Instant heardAt) {
    }

    /**
     * Prepares a new cache (its state row, foreign keys not enforced); a cache already prepared
     * is left as it is. Call once after the cache's migrations.
     */
    public static void prepare(DataSource cache) throws SQLException {
        try (Connection c = cache.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS cache_state (id INT PRIMARY KEY, last_seen BIGINT NOT NULL, heard_at TIMESTAMP)");
            // check-ins taken here while the county did not answer, to be sent when it does (an outbox: sent, a row goes)
            st.execute("CREATE TABLE IF NOT EXISTS cache_checkin (booking_id BIGINT PRIMARY KEY, checked_in_at TIMESTAMP NOT NULL)");
            // what the centre's desks did to its queue while the county did not answer, in order (CounterQueue.sendActed)
            st.execute("CREATE TABLE IF NOT EXISTS cache_queue_act (seq BIGINT AUTO_INCREMENT PRIMARY KEY, acted_at TIMESTAMP NOT NULL, "
                    + "act VARCHAR(20) NOT NULL, ticket_id BIGINT NOT NULL, request_id VARCHAR(40), terminal_id VARCHAR(40) NOT NULL, "
                    + "desk INT NOT NULL, clerk VARCHAR(80) NOT NULL, outcome VARCHAR(20), to_service BIGINT, to_desk INT)");
            st.execute("ALTER TABLE cache_state ADD COLUMN IF NOT EXISTS format INT DEFAULT 1 NOT NULL");
            st.execute("MERGE INTO cache_state KEY (id) SELECT 1, COALESCE((SELECT last_seen FROM cache_state WHERE id = 1), 0), "
                    + "(SELECT heard_at FROM cache_state WHERE id = 1), COALESCE((SELECT format FROM cache_state WHERE id = 1), " + FORMAT + ")");
            for (String table : TABLES) {
                st.execute("ALTER TABLE " + table + " SET REFERENTIAL_INTEGRITY FALSE");
            }
            // a copy does not refuse the county's numbering: a ticket taken here and not yet sent may share a number the
            // county gave meanwhile (sending renumbers it); the cache's own numbering takes turns on the service's row
            st.execute("ALTER TABLE queue_ticket DROP CONSTRAINT IF EXISTS queue_ticket_number_unique");
        }
    }

    /** What the cache has mirrored so far. */
    public State state() throws SQLException {
        try (Connection c = cache.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_seen, heard_at FROM cache_state WHERE id = 1")) {
            if (!rs.next()) {
                return new State(0, null);
            }
            java.sql.Timestamp at = rs.getTimestamp(2);
            return new State(rs.getLong(1), at == null ? null : at.toInstant());
        }
    }

    /**
     * Catches up with the county: loads the cache whole when it is new (or the county's newest
     * event is older than the cache's: a county restored from a backup), else copies the rows the
     * new events name, {@link #BATCH} events per transaction, until none is left.
     *
     * @throws SQLException when the county cannot be read (the link is down): the cache keeps what it had
     */
    public Followed follow() throws SQLException {
        long events = 0;
        long rows = 0;
        boolean whole = false;
        long seen;
        while (true) {
            Round round = round();
            events += round.events;
            rows += round.rows;
            whole |= round.whole;
            seen = round.lastSeen;
            if (round.events < batch || round.whole) {
                return new Followed(seen, (int) Math.min(Integer.MAX_VALUE, events), rows, whole);
            }
        }
    }

    private record Round(long lastSeen, int events, long rows, boolean whole) {
    }

    private Round round() throws SQLException {
        try (Connection c = cache.getConnection(); Connection county = this.county.getConnection()) {
            c.setAutoCommit(false);
            county.setReadOnly(true);
            try {
                long seen;
                int format;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT last_seen, format FROM cache_state WHERE id = 1 FOR UPDATE")) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the centre's cache is not prepared (no cache_state row)");
                    }
                    seen = rs.getLong(1);
                    format = rs.getInt(2);
                }
                long newest;
                try (Statement st = county.createStatement(); ResultSet rs = st.executeQuery("SELECT last_id FROM event_head WHERE id = 1")) {
                    rs.next();
                    newest = rs.getLong(1);
                }
                Round round;
                if (seen == 0 || newest < seen || format < FORMAT) {
                    long copied = loadWhole(county, c);
                    round = new Round(newest, 0, copied, true);
                } else {
                    round = catchUp(county, c, seen);
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE cache_state SET last_seen = ?, heard_at = ?, format = "
                        + FORMAT + " WHERE id = 1")) {
                    ps.setLong(1, round.lastSeen);
                    ps.setTimestamp(2, java.sql.Timestamp.from(clock.instant()));
                    ps.executeUpdate();
                }
                c.commit();
                return round;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Today's tickets as the county numbered them (a ticket taken here and not yet sent has an id below zero: it stays). */
    private static final String TICKETS = "ticket_day >= ? AND id > 0";

    /** Every table of the cache emptied and copied again; slots and bookings from today, the tickets of today. */
    private long loadWhole(Connection county, Connection c) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.executeUpdate("DELETE FROM " + table + ("queue_ticket".equals(table) ? " WHERE id > 0" : ""));
            }
        }
        java.sql.Timestamp today = java.sql.Timestamp.valueOf(LocalDate.now(clock).atStartOfDay());
        for (String table : TABLES) {
            n += switch (table) {
                case "slot" -> copy(county, c, table, "starts_at >= ?", List.of(today), false);
                case "booking" -> copy(county, c, table, "slot_id IN (SELECT id FROM slot WHERE starts_at >= ?)", List.of(today), false);
                case "queue_ticket" -> copy(county, c, table, TICKETS, List.of(java.sql.Date.valueOf(LocalDate.now(clock))), false);
                default -> copy(county, c, table, "1 = 1", List.of(), false);
            };
        }
        // a check-in taken here and not yet sent still shows
        for (Map.Entry<Long, java.time.LocalDateTime> waiting : checkInsToSend(c).entrySet()) {
            try (PreparedStatement show = c.prepareStatement("UPDATE booking SET status = 'CHECKED_IN', checked_in_at = ? WHERE id = ?")) {
                show.setObject(1, waiting.getValue());
                show.setLong(2, waiting.getKey());
                show.executeUpdate();
            }
        }
        return n;
    }

    /** The rows named by the events after {@code seen} (at most {@link #BATCH}), each copied once. */
    private Round catchUp(Connection county, Connection c, long seen) throws SQLException {
        Refresh refresh = new Refresh();
        long last = seen;
        int n = 0;
        try (PreparedStatement ps = county.prepareStatement("SELECT id, type, subject FROM event_log WHERE id > ? ORDER BY id "
                + "FETCH FIRST " + batch + " ROWS ONLY")) {
            ps.setLong(1, seen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    n++;
                    refresh.note(rs.getString(2), rs.getString(3));
                }
            }
        }
        if (refresh.everything) {
            return new Round(last, n, loadWhole(county, c), true);
        }
        long rows = 0;
        if (refresh.centres) {
            rows += copy(county, c, "centre", "1 = 1", List.of(), true);
        }
        if (refresh.policy) {
            rows += copy(county, c, "policy_setting", "1 = 1", List.of(), true);
            rows += copy(county, c, "fee_exemption", "1 = 1", List.of(), true);
        }
        rows += copyIds(county, c, "facility", "id", refresh.facilities);
        java.sql.Timestamp today = java.sql.Timestamp.valueOf(LocalDate.now(clock).atStartOfDay());
        for (long facility : refresh.facilities) {
            rows += copy(county, c, "slot", "facility_id = ? AND starts_at >= ?", List.of(facility, today), true);
        }
        for (long facility : refresh.drawn) {
            rows += copy(county, c, "slot", "facility_id = ? AND starts_at >= ?", List.of(facility, today), true);
            rows += copy(county, c, "booking", "slot_id IN (SELECT id FROM slot WHERE facility_id = ? AND starts_at >= ?)",
                    List.of(facility, today), true);
        }
        if (refresh.newSlots) {
            long newest = maxId(c, "slot");
            rows += copy(county, c, "slot", "id > ? AND starts_at >= ?", List.of(newest, today), false);
        }
        for (long closure : refresh.closures) {
            // the closure's days, read from the county (the cache keeps no closures), then its slots of those days
            try (PreparedStatement ps = county.prepareStatement("SELECT first_day, last_day FROM closure WHERE id = ?")) {
                ps.setLong(1, closure);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        rows += copy(county, c, "slot", "starts_at >= ? AND slot_day BETWEEN ? AND ?",
                                List.of(today, rs.getDate(1), rs.getDate(2)), true);
                    }
                }
            }
        }
        Set<Long> bookings = new LinkedHashSet<>(refresh.bookings);
        bookings.removeAll(checkInsToSend(c).keySet());
        rows += copyIds(county, c, "booking", "id", bookings);
        Set<Long> slots = new LinkedHashSet<>(refresh.slots);
        slots.addAll(slotsOf(county, refresh.bookings));
        rows += copyIds(county, c, "slot", "id", slots);
        rows += copyIds(county, c, "resident", "id", refresh.residents);
        rows += copyIds(county, c, "notice", "id", refresh.notices);
        rows += copyIds(county, c, "notice_like", "notice_id", refresh.notices);
        rows += copyIds(county, c, "queue_service", "id", refresh.queueServices);
        // a ticket a desk acted on here while the county did not answer keeps the cache's state until the act is sent
        Set<Long> tickets = new LinkedHashSet<>(refresh.tickets);
        tickets.removeAll(actedHere(c));
        rows += copyIds(county, c, "queue_ticket", "id", tickets);
        return new Round(last, n, rows, false);
    }

    /**
     * What the events of one round name, each row once. Every event type of the county's log is
     * read here; those not named change nothing the cache holds (a course's payment, a clerk).
     */
    static final class Refresh {
        boolean everything;
        boolean centres;
        boolean newSlots;
        boolean policy;
        final Set<Long> facilities = new LinkedHashSet<>();
        final Set<Long> drawn = new LinkedHashSet<>();
        final Set<Long> closures = new LinkedHashSet<>();
        final Set<Long> bookings = new LinkedHashSet<>();
        final Set<Long> slots = new LinkedHashSet<>();
        final Set<Long> residents = new LinkedHashSet<>();
        final Set<Long> notices = new LinkedHashSet<>();
        final Set<Long> tickets = new LinkedHashSet<>();
        final Set<Long> queueServices = new LinkedHashSet<>();

        void note(String type, String subject) {
            switch (type) {
                case "SiteSeeded", "CatalogueImported", "CentreMoved" -> everything = true;
                case "CentreRegistered" -> centres = true;
                case "FacilitySaved" -> id(subject, "facility:").ifPresent(facilities::add);
                case "LotteryDrawn" -> id(subject, "facility:").ifPresent(drawn::add);
                case "SlotsPlanned" -> newSlots = true;
                case "PolicyChanged" -> policy = true;
                case "ClosureMade", "ClosureReopened" -> id(subject, "closure:").ifPresent(closures::add);
                // a payment names the item it paid ("booking:812"; a course's, not held here, is "course_enrolment:…")
                case "BookingCreated", "BookingCancelled", "BookingPaid", "BookingCheckedIn", "BookingNoShow", "PaymentRecorded",
                        "PaymentRefunded" -> id(subject, "booking:").ifPresent(bookings::add);
                case "LotteryEntered", "WaitlistJoined" -> id(subject, "slot:").ifPresent(slots::add);
                case "ResidentRegistered", "PinSet", "PinLocked", "PinChecked", "BookingBanStarted", "BookingBanChanged" ->
                        id(subject, "resident:").ifPresent(residents::add);
                case "NoticeSaved", "NoticePinned", "NoticeHidden", "NoticeLiked" -> id(subject, "notice:").ifPresent(notices::add);
                case "TicketIssued", "TicketCalled", "TicketFinished", "TicketRecalled", "TicketStarted", "TicketRedirected",
                        "TicketPostponed", "TicketResident" -> id(subject, "ticket:").ifPresent(tickets::add);
                case "QueueServiceSaved" -> id(subject, "queue_service:").ifPresent(queueServices::add);
                default -> {
                    // changes nothing the cache holds
                }
            }
        }

        private static java.util.Optional<Long> id(String subject, String prefix) {
            if (subject == null || !subject.startsWith(prefix)) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(Long.parseLong(subject.substring(prefix.length())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /**
     * A check-in taken here while the county did not answer ({@code CheckIns}' offline way): kept
     * until it is sent, and the cached booking shown checked in meanwhile (a second scan is "already").
     */
    public void checkedInHere(long bookingId, java.time.LocalDateTime at) throws SQLException {
        try (Connection c = cache.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement keep = c.prepareStatement("MERGE INTO cache_checkin KEY (booking_id) VALUES (?, ?)");
                 PreparedStatement show = c.prepareStatement("UPDATE booking SET status = 'CHECKED_IN', checked_in_at = ? WHERE id = ?")) {
                keep.setLong(1, bookingId);
                keep.setObject(2, at);
                keep.executeUpdate();
                show.setObject(1, at);
                show.setLong(2, bookingId);
                show.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The check-ins taken here and not yet sent to the county, by booking, with when each was taken. */
    public Map<Long, java.time.LocalDateTime> checkInsToSend() throws SQLException {
        try (Connection c = cache.getConnection()) {
            return checkInsToSend(c);
        }
    }

    private static Set<Long> actedHere(Connection c) throws SQLException {
        Set<Long> out = new java.util.HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ticket_id FROM cache_queue_act")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static Map<Long, java.time.LocalDateTime> checkInsToSend(Connection c) throws SQLException {
        Map<Long, java.time.LocalDateTime> waiting = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT booking_id, checked_in_at FROM cache_checkin ORDER BY checked_in_at")) {
            while (rs.next()) {
                waiting.put(rs.getLong(1), rs.getObject(2, java.time.LocalDateTime.class));
            }
        }
        return waiting;
    }

    /** A check-in the county has taken (or answered for good): it leaves the outbox. */
    public void sent(long bookingId) throws SQLException {
        try (Connection c = cache.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM cache_checkin WHERE booking_id = ?")) {
            ps.setLong(1, bookingId);
            ps.executeUpdate();
        }
    }

    private static Set<Long> slotsOf(Connection county, Set<Long> bookings) throws SQLException {
        Set<Long> slots = new LinkedHashSet<>();
        for (List<Long> part : parts(bookings)) {
            try (PreparedStatement ps = county.prepareStatement("SELECT DISTINCT slot_id FROM booking WHERE id IN (" + marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slots.add(rs.getLong(1));
                    }
                }
            }
        }
        return slots;
    }

    private long copyIds(Connection county, Connection c, String table, String key, Set<Long> ids) throws SQLException {
        long n = 0;
        for (List<Long> part : parts(ids)) {
            n += copy(county, c, table, key + " IN (" + marks(part.size()) + ")", List.copyOf(part), true);
        }
        return n;
    }

    private static List<List<Long>> parts(Set<Long> ids) {
        List<List<Long>> parts = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 500) {
            parts.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Copies the county's rows of {@code table} matching {@code where} into the cache; with
     * {@code replace}, the cache's rows matching it go first (a row deleted in the county goes too).
     * {@code where} is read on both sides, so it names only tables the cache holds.
     */
    private long copy(Connection county, Connection c, String table, String where, List<Object> binds, boolean replace) throws SQLException {
        List<String> cols = columns(c, table);
        if (replace) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE " + where)) {
                bind(del, binds);
                del.executeUpdate();
            }
        }
        String list = String.join(", ", cols);
        try (PreparedStatement read = county.prepareStatement("SELECT " + list + " FROM " + table + " WHERE " + where);
             PreparedStatement write = c.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks(cols.size()) + ")")) {
            bind(read, binds);
            read.setFetchSize(1_000);
            try (ResultSet rs = read.executeQuery()) {
                return RowCopy.copy(rs, write, cols.size(), (column, value) -> value);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            ps.setObject(i + 1, binds.get(i));
        }
    }

    /** The cache's columns of a table that take a value (not generated), as the county has them too. */
    private List<String> columns(Connection c, String table) throws SQLException {
        List<String> known = columns.get(table);
        if (known != null) {
            return known;
        }
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                + "AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            ps.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalStateException("the cache has no table " + table);
        }
        columns.put(table, List.copyOf(cols));
        return cols;
    }
}
