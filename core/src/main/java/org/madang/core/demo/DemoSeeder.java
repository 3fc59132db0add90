package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingPolicy;
import org.madang.core.clerk.PasswordHasher;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.resident.RrnCipher;
import org.madang.core.stats.SiteStats;

/**
 * Fills an empty site database with a deterministic demo site: the same seed and the same
 * day give the same facilities, people, slots and bookings. Bulk rows go in with JDBC batches
 * in one transaction, with one {@code SiteSeeded} event instead of one per row.
 */
public final class DemoSeeder {
    /** The demo clerk's sign-in, printed on the demo counter's sign-in screen and in the README. */
    public static final String DEMO_CLERK_LOGIN = "clerk1";
    public static final String DEMO_CLERK_PASSWORD = "madang1234";
    /** The demo site's supervisor (reveals registration numbers, revokes documents, lifts bans) and admin (clerk accounts). */
    public static final String DEMO_SUPERVISOR_LOGIN = "lead";
    public static final String DEMO_ADMIN_LOGIN = "admin";
    /** The demo site's first officer (the residents of 마당읍, among them the first demo card holder) and a welfare-team member. */
    public static final String DEMO_OFFICER_LOGIN = "officer1";
    public static final String DEMO_WELFARE_LOGIN = "welfare1";

    private final Jdbi jdbi;
    private final EventLog events;
    private final RrnCipher cipher;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoSeeder(Jdbi jdbi, EventLog events, RrnCipher cipher, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.cipher = cipher;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Whether the site has no facilities, residents or bookings yet. */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM facility) + (SELECT COUNT(*) FROM resident) "
                + "+ (SELECT COUNT(*) FROM booking)").mapTo(Long.class).one()) == 0;
    }

    /**
     * Seeds the site; refuses one that already holds data.
     *
     * @param county the county named in residents' addresses
     * @return row counts of every entity afterwards
     */
    public Map<String, Long> seed(DemoScale scale, long seed, String county) {
        return seed(scale, seed, county, List.of());
    }

    /**
     * Seeds a county of several centres in one database: the seeding terminal's centre and
     * {@code others}, made known with their events. Facilities and courses are dealt to the
     * centres in turn, each centre has its own queue of today and its own staff (the first centre
     * the demo logins, each other one the same logins ending in {@code .<code>}); notices are the
     * county's; residents, civil records and everything else the county's, as in one centre.
     */
    public Map<String, Long> seed(DemoScale scale, long seed, String county, List<org.madang.core.county.Centre> others) {
        if (!isEmpty()) {
            throw new IllegalStateException("this site already holds data; demo data goes into a new, empty site");
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        String site = events.terminal().site();
        List<String> sites = new java.util.ArrayList<>(List.of(site));
        others.forEach(o -> sites.add(o.code()));
        jdbi.useTransaction(h -> {
            for (org.madang.core.county.Centre other : others) {
                h.createUpdate("INSERT INTO centre (code, name) VALUES (:c, :n)").bind("c", other.code()).bind("n", other.name()).execute();
                events.append(h, new EventDraft(EventType.CENTRE_REGISTERED, "centre:" + other.code(), "system:demo",
                        Map.of("name", other.name())));
            }
            Connection c = h.getConnection();
            try {
                List<DemoCatalogue.FacilitySpec> facilities = DemoCatalogue.facilities(scale);
                DemoCatalogue.insertFacilities(c, facilities, sites);
                boolean[] county0 = DemoPeople.insert(c, scale, county, cipher, today, random);
                new DemoBookings(scale, facilities, county0, today, now, random).insert(c);
                DemoCatalogue.insertInstructors(c);
                DemoCatalogue.insertCourses(c, scale, today, random, sites);
                try (java.sql.Statement terms = c.createStatement()) {
                    terms.executeUpdate(org.madang.core.course.TermDesk.FROM_COURSES);
                }
                DemoCatalogue.insertDocumentTypes(c);
                DemoCivil.insert(c, today, cipher);
                new DemoCourses(seed, now).insert(c);
                DemoCatalogue.insertQueueServices(c);
                for (String each : sites) {
                    DemoCatalogue.insertTickets(c, now, random, each);
                }
                DemoCatalogue.insertNotices(c, today, random, sites.size() == 1 ? site : null);
                leaveLotteryNews(h, today, now);
                insertClerks(c, now, sites);
                new DemoCases(cipher.data(), now, random).insert(c, site);
                // a generator of its own: the answers never shift what the demo's other data draws
                DemoSatisfaction.insert(c, scale, now, new Random(seed ^ 0x5A7157L), site);
                restartIdentities(c);
            } catch (SQLException e) {
                throw new IllegalStateException("demo data could not be written: " + e.getMessage(), e);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("scale", scale.name());
            details.put("seed", seed);
            events.append(h, new EventDraft(EventType.SITE_SEEDED, "site", "system", details));
        });
        return new SiteStats(jdbi).counts();
    }

    /**
     * 이철수 (the second demo card) entered last month's lottery of a popular facility and was
     * not drawn: his next visit opens with that news, as a real draw would leave it.
     */
    private static void leaveLotteryNews(Handle h, LocalDate today, LocalDateTime now) {
        h.createQuery("SELECT name_ko, name_en FROM facility WHERE popular ORDER BY id LIMIT 1")
                .map((rs, ctx) -> new Localized(rs.getString(1), rs.getString(2)))
                .findOne().ifPresent(name -> {
                    LocalDateTime slot = today.withDayOfMonth(1).plusDays(12).atTime(10, 0);
                    BookingCalendar calendar = new BookingCalendar(BookingPolicy.DEFAULTS);
                    LocalDateTime drawn = calendar.drawAt(slot.toLocalDate());
                    ResidentMessages.leave(h, 2, drawn.isAfter(now) ? now : drawn, "message.lottery.lost", name, slot,
                            calendar.everyoneFrom(slot.toLocalDate()));
                });
    }

    /** The demo's staff: login, name, role. */
    private static final String[][] STAFF = {{DEMO_CLERK_LOGIN, "김민원", "CLERK"}, {"clerk2", "박창구", "CLERK"},
        {DEMO_SUPERVISOR_LOGIN, "이수진", "SUPERVISOR"}, {DEMO_ADMIN_LOGIN, "최관리", "ADMIN"},
        {DEMO_OFFICER_LOGIN, "정담당", "OFFICER"}, {"officer2", "한돌봄", "OFFICER"}, {"officer3", "윤방문", "OFFICER"},
        {DEMO_WELFARE_LOGIN, "오복지", "WELFARE"}};

    /** The county's own staff in a demo county (accounts of no centre). */
    public static final String[][] COUNTY_STAFF = {{"county.admin", "강군정", "ADMIN"}, {"county.lead", "문감독", "SUPERVISOR"}};

    /**
     * A demo site seeded before its supervisor and administrator existed gets the demo staff it
     * lacks (with the demo password and their events), so the accounts the sign-in screen names
     * work; accounts already there are left as they are. Returns how many were added.
     */
    public int addMissingStaff() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            int added = 0;
            for (String[] s : STAFF) {
                if (h.createQuery("SELECT COUNT(*) FROM clerk WHERE login = :l").bind("l", s[0]).mapTo(Integer.class).one() > 0) {
                    continue;
                }
                h.createUpdate("INSERT INTO clerk (login, name, password_hash, active, created_at, role, site) "
                                + "VALUES (:l, :n, :h, TRUE, :now, :r, :site)")
                        .bind("site", events.terminal().site()).bind("l", s[0]).bind("n", s[1]).bind("h", hasher.hash(DEMO_CLERK_PASSWORD.toCharArray())).bind("now", now)
                        .bind("r", s[2]).execute();
                events.append(h, new EventDraft(EventType.CLERK_ADDED, "clerk:" + s[0], "system:demo", Map.of("name", s[1], "role", s[2])));
                added++;
            }
            return added;
        });
    }

    /**
     * The demo staff of each centre: the first centre's with the demo logins, another's ending in
     * {@code .<its code>}; in a county of several centres also the county's own staff (of no
     * centre): an administrator and a supervisor who read the whole county's reports.
     */
    private void insertClerks(Connection c, LocalDateTime now, List<String> sites) throws SQLException {
        String[][] clerks = STAFF;
        String hash = hasher.hash(DEMO_CLERK_PASSWORD.toCharArray());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clerk (id, login, name, password_hash, active, created_at, role, site) "
                + "VALUES (?, ?, ?, ?, TRUE, ?, ?, ?)")) {
            long id = 1;
            for (int s = 0; s < sites.size(); s++) {
                ps.setString(7, sites.get(s));
                for (String[] clerk : clerks) {
                    ps.setLong(1, id++);
                    ps.setString(2, s == 0 ? clerk[0] : clerk[0] + "." + sites.get(s));
                    ps.setString(3, clerk[1]);
                    ps.setString(4, hash);
                    ps.setObject(5, now);
                    ps.setString(6, clerk[2]);
                    ps.addBatch();
                }
            }
            if (sites.size() > 1) {
                ps.setString(7, null);
                for (String[] clerk : COUNTY_STAFF) {
                    ps.setLong(1, id++);
                    ps.setString(2, clerk[0]);
                    ps.setString(3, clerk[1]);
                    ps.setString(4, hash);
                    ps.setObject(5, now);
                    ps.setString(6, clerk[2]);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Rows went in with explicit ids; move each identity past them so later inserts do not collide. */
    private static void restartIdentities(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : new String[] {"facility", "resident", "slot", "booking", "clerk", "household"}) {
                long next;
                try (var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }
}
