package org.madang.core.clerk;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The admin's keeping of clerk accounts (COUNTER.md, Settings): create one, reset a password,
 * change a role, switch an account off or on, lift a lockout. Only an admin may (checked here,
 * in the transaction); each change is an event. A password set here is a temporary one, made
 * up by the service and shown once, which its clerk must change at the next sign-in.
 */
public final class ClerkAccounts {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** No 0/O, 1/l/I: a temporary password is read out or written on paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 10;

    private final Jdbi jdbi;
    private final EventLog events;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    private final Clock clock;

    public ClerkAccounts(Jdbi jdbi, EventLog events, PasswordHasher hasher, SecureRandom random, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.hasher = hasher;
        this.random = random;
        this.clock = clock;
    }

    /** What a change of accounts answered: done (with a temporary password when one was made), or why not. */
    public sealed interface Outcome {
        record Done(ClerkAccount account, Optional<String> temporaryPassword) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    /**
     * The accounts this administrator looks after, switched-off ones last: in a county, a centre's
     * administrator those of the centre (the terminal's); the county's own administrator (an
     * account of no centre) every account.
     */
    public List<ClerkAccount> list(String admin) {
        return jdbi.withHandle(h -> {
            StaffRights.require(h, admin, Permission.MANAGE_CLERKS);
            if (countys(h, admin)) {
                return h.createQuery(SELECT + " ORDER BY active DESC, login").map((rs, ctx) -> row(rs)).list();
            }
            return h.createQuery(SELECT + " WHERE site = :site ORDER BY active DESC, login").bind("site", events.terminal().site())
                    .map((rs, ctx) -> row(rs)).list();
        });
    }

    /** Whether the administrator's own account is the county's (of no centre). */
    private static boolean countys(Handle h, String admin) {
        return h.createQuery("SELECT COUNT(*) FROM clerk WHERE login = :l AND site IS NULL").bind("l", StaffRights.login(admin))
                .mapTo(Integer.class).one() > 0;
    }

    /** Whether the account is one this administrator looks after (see {@link #list}). */
    private boolean looksAfter(Handle h, String admin, String login) {
        return countys(h, admin) || h.createQuery("SELECT COUNT(*) FROM clerk WHERE login = :l AND site = :site").bind("l", login)
                .bind("site", events.terminal().site()).mapTo(Integer.class).one() > 0;
    }

    /**
     * Where an account may be made: a centre (its code and name), or the county (code and name
     * null: staff of no centre, who sign in at every centre).
     */
    public record Place(String centre, String name) {
        public boolean county() {
            return centre == null;
        }
    }

    /**
     * Where this administrator may make accounts besides the terminal's own centre: for the
     * county's administrator the county and every centre (the terminal's first); none for a
     * centre's administrator, who makes the centre's accounts only.
     */
    public List<Place> places(String admin) {
        return jdbi.withHandle(h -> {
            StaffRights.require(h, admin, Permission.MANAGE_CLERKS);
            if (!countys(h, admin)) {
                return List.of();
            }
            List<Place> places = new java.util.ArrayList<>();
            h.createQuery("SELECT code, name FROM centre ORDER BY CASE WHEN code = :own THEN 0 ELSE 1 END, name")
                    .bind("own", events.terminal().site()).map((rs, ctx) -> new Place(rs.getString(1), rs.getString(2)))
                    .forEach(places::add);
            places.add(new Place(null, null));
            return places;
        });
    }

    /** A new account of the terminal's centre, with a temporary password. */
    public Outcome create(String login, String name, Role role, String admin) {
        return create(login, name, role, admin, new Place(events.terminal().site(), null));
    }

    /**
     * A new account with a temporary password, of the centre {@code place} names or the county's
     * ({@link Place#county()}); only the county's administrator makes an account of another
     * centre or of the county.
     */
    public Outcome create(String login, String name, Role role, String admin, Place place) {
        String l = login == null ? "" : login.strip();
        String n = name == null ? "" : name.strip();
        if (!LOGIN.matcher(l).matches()) {
            return refused("clerk.account.loginForm");
        }
        if (n.isEmpty() || n.length() > 60) {
            return refused("clerk.account.nameNeeded");
        }
        String temporary = temporary();
        String hash = hasher.hash(temporary.toCharArray());
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, admin, Permission.MANAGE_CLERKS);
            boolean own = !place.county() && place.centre().equals(events.terminal().site());
            if (!own && !countys(h, admin)) {
                return refused("clerk.account.countyOnly");
            }
            if (!place.county() && h.createQuery("SELECT COUNT(*) FROM centre WHERE code = :c").bind("c", place.centre())
                    .mapTo(Integer.class).one() == 0) {
                return refused("clerk.account.noCentre");
            }
            if (find(h, l).isPresent()) {
                return refused("clerk.account.loginTaken");
            }
            h.createUpdate("INSERT INTO clerk (site, login, name, password_hash, active, created_at, role, must_change_password) "
                            + "VALUES (:site, :l, :n, :h, TRUE, :now, :r, TRUE)")
                    .bind("site", place.centre())
                    .bind("l", l).bind("n", n).bind("h", hash).bind("now", LocalDateTime.now(clock)).bind("r", role.name()).execute();
            events.append(h, new EventDraft(EventType.CLERK_ADDED, "clerk:" + l, actor(admin), Map.of("name", n, "role", role.name(),
                    "centre", place.county() ? "county" : place.centre())));
            return new Outcome.Done(find(h, l).orElseThrow(), Optional.of(temporary));
        });
    }

    /** A new temporary password (and the lockout lifted): for a clerk who forgot theirs. */
    public Outcome resetPassword(String login, String admin) {
        String temporary = temporary();
        String hash = hasher.hash(temporary.toCharArray());
        return change(login, admin, EventType.CLERK_PASSWORD_RESET, Map.of(), h -> {
            h.createUpdate("UPDATE clerk SET password_hash = :h, must_change_password = TRUE, failed_sign_ins = 0, locked_until = NULL "
                    + "WHERE login = :l").bind("h", hash).bind("l", login).execute();
            return Optional.empty();
        }, Optional.of(temporary));
    }

    public Outcome setRole(String login, Role role, String admin) {
        return change(login, admin, EventType.CLERK_ROLE_CHANGED, Map.of("role", role.name()), h -> {
            if (StaffRights.login(admin).equals(login) && role != Role.ADMIN) {
                return Optional.of(Refusal.of("clerk.account.notYourself"));
            }
            h.createUpdate("UPDATE clerk SET role = :r WHERE login = :l").bind("r", role.name()).bind("l", login).execute();
            return Optional.empty();
        }, Optional.empty());
    }

    /** Switches an account off (it can no longer sign in or act) or back on. */
    public Outcome setActive(String login, boolean active, String admin) {
        return change(login, admin, active ? EventType.CLERK_REACTIVATED : EventType.CLERK_DEACTIVATED, Map.of(), h -> {
            if (StaffRights.login(admin).equals(login) && !active) {
                return Optional.of(Refusal.of("clerk.account.notYourself"));
            }
            h.createUpdate("UPDATE clerk SET active = :a WHERE login = :l").bind("a", active).bind("l", login).execute();
            return Optional.empty();
        }, Optional.empty());
    }

    /** Lets a clerk locked out by wrong passwords try again now. */
    public Outcome unlock(String login, String admin) {
        return change(login, admin, EventType.CLERK_UNLOCKED, Map.of(), h -> {
            h.createUpdate("UPDATE clerk SET failed_sign_ins = 0, locked_until = NULL WHERE login = :l").bind("l", login).execute();
            return Optional.empty();
        }, Optional.empty());
    }

    private interface Change {
        Optional<Refusal> apply(Handle h);
    }

    private Outcome change(String login, String admin, EventType type, Map<String, Object> details, Change change,
                           Optional<String> temporary) {
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, admin, Permission.MANAGE_CLERKS);
            if (find(h, login).isEmpty()) {
                return refused("clerk.account.unknown");
            }
            if (!looksAfter(h, admin, login)) {
                // another centre's account (or the county's): its own administrator changes it
                return refused("clerk.account.otherCentre");
            }
            Optional<Refusal> no = change.apply(h);
            if (no.isPresent()) {
                return new Outcome.Refused(no.get());
            }
            events.append(h, new EventDraft(type, "clerk:" + login, actor(admin), new HashMap<>(details)));
            return new Outcome.Done(find(h, login).orElseThrow(), temporary);
        });
    }

    private static final String SELECT = "SELECT id, login, name, role, active, locked_until, must_change_password, created_at, site FROM clerk";

    private static Optional<ClerkAccount> find(Handle h, String login) {
        return h.createQuery(SELECT + " WHERE login = :l").bind("l", login).map((rs, ctx) -> row(rs)).findOne();
    }

    private static ClerkAccount row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClerkAccount(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5),
                rs.getObject(6, LocalDateTime.class), rs.getBoolean(7), rs.getObject(8, LocalDateTime.class), rs.getString(9));
    }

    private String temporary() {
        StringBuilder b = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String actor(String admin) {
        return "clerk:" + StaffRights.login(admin);
    }

    private static Outcome refused(String key) {
        return new Outcome.Refused(Refusal.of(key));
    }
}
