package org.madang.core.clerk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in, with lockout after {@link #MAX_FAILURES} wrong passwords in a row for
 * {@link #LOCKOUT}, and a clerk changing their own password. Every attempt, good or bad, goes
 * into the audit trail.
 */
public final class ClerkService {
    private static final Logger log = LoggerFactory.getLogger(ClerkService.class);
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD = 8;

    private final Jdbi jdbi;
    private final EventLog events;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ClerkService(Jdbi jdbi, EventLog events, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @param site the account's centre; null for the county's staff */
    private record Account(Clerk clerk, String hash, LocalDateTime lockedUntil, boolean mustChange, String site) {
    }

    /**
     * The clerks signed in at this terminal, each with their password's stored check as read at
     * the sign-in: what opens their counter, locked after idle, while the county does not answer.
     */
    private final Map<String, Account> signedInHere = new java.util.concurrent.ConcurrentHashMap<>();
    /** Wrong passwords typed at a locked counter while the county did not answer, by login. */
    private final Map<String, Integer> wrongAway = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Signs in (also how a clerk unlocks a counter locked after idle). The password is checked
     * outside any transaction (the hash is slow on purpose); the failure count then moves in one
     * statement, so two wrong tries at once both count.
     */
    public SignIn signIn(String login, char[] password) {
        String who = clip(login.strip());
        Optional<Account> account = account(who);
        LocalDateTime now = LocalDateTime.now(clock);
        if (account.isPresent() && account.get().lockedUntil() != null && account.get().lockedUntil().isAfter(now)) {
            events.append(new EventDraft(EventType.CLERK_SIGN_IN_FAILED, "clerk:" + who, "clerk:" + who, Map.of("locked", true)));
            return new SignIn.Locked(account.get().lockedUntil());
        }
        if (account.isEmpty() || !hasher.matches(password, account.get().hash())) {
            return failed(who, account.isPresent(), now);
        }
        String site = account.get().site();
        if (site != null && !site.equals(events.terminal().site())) {
            events.append(new EventDraft(EventType.CLERK_SIGN_IN_FAILED, "clerk:" + who, "clerk:" + who, Map.of("centre", site)));
            String centre = jdbi.withHandle(h -> h.createQuery("SELECT name FROM centre WHERE code = :c").bind("c", site)
                    .mapTo(String.class).findOne()).orElse(site);
            return new SignIn.OtherCentre(centre);
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE clerk SET failed_sign_ins = 0, locked_until = NULL WHERE login = :l").bind("l", who).execute();
            events.append(h, new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:" + who, "clerk:" + who, Map.of()));
        });
        signedInHere.put(who, account.get());
        wrongAway.remove(who);
        return new SignIn.SignedIn(account.get().clerk(), account.get().mustChange());
    }

    /**
     * Opens a counter its clerk locked (or that locked itself after idle): a sign-in like any
     * other; but when the county's database does not answer, the password is checked against the
     * one the clerk signed in with at this terminal, so a desk goes on calling numbers through an
     * outage longer than its idle lock. {@link #MAX_FAILURES} wrong ones then forget it: the desk
     * opens again only by a sign-in the county checks. Those checks are written to the terminal's
     * log (the audit trail is the county's, and does not answer).
     */
    public SignIn unlock(String login, char[] password) {
        try {
            return signIn(login, password);
        } catch (RuntimeException e) {
            String who = clip(login.strip());
            Account here = signedInHere.get(who);
            if (here == null || !org.madang.core.county.CountyLink.lostCounty(e)) {
                throw e;
            }
            return unlockAway(who, here, password);
        }
    }

    private SignIn unlockAway(String who, Account here, char[] password) {
        if (hasher.matches(password, here.hash())) {
            wrongAway.remove(who);
            log.info("counter unlocked by {} while the county did not answer: the password checked against their sign-in here", who);
            return new SignIn.UnlockedAway(here.clerk());
        }
        int wrong = wrongAway.merge(who, 1, Integer::sum);
        log.warn("a wrong password at {}'s locked counter while the county did not answer ({} of {})", who, wrong, MAX_FAILURES);
        if (wrong < MAX_FAILURES) {
            return new SignIn.Rejected();
        }
        signedInHere.remove(who);
        wrongAway.remove(who);
        return new SignIn.Locked(LocalDateTime.now(clock).plus(LOCKOUT));
    }

    /** The clerk signed out at this terminal: their counter can no longer be opened without the county. */
    public void signedOut(String login) {
        String who = clip(login.strip());
        signedInHere.remove(who);
        wrongAway.remove(who);
    }

    private SignIn failed(String who, boolean known, LocalDateTime now) {
        return jdbi.inTransaction(h -> {
            events.append(h, new EventDraft(EventType.CLERK_SIGN_IN_FAILED, "clerk:" + who, "clerk:" + who, Map.of()));
            if (!known) {
                return new SignIn.Rejected();
            }
            h.createUpdate("UPDATE clerk SET failed_sign_ins = failed_sign_ins + 1 WHERE login = :l").bind("l", who).execute();
            int failures = h.createQuery("SELECT failed_sign_ins FROM clerk WHERE login = :l").bind("l", who).mapTo(Integer.class).one();
            if (failures < MAX_FAILURES) {
                return new SignIn.Rejected();
            }
            LocalDateTime until = now.plus(LOCKOUT);
            h.createUpdate("UPDATE clerk SET failed_sign_ins = 0, locked_until = :u WHERE login = :l").bind("u", until).bind("l", who).execute();
            events.append(h, new EventDraft(EventType.CLERK_LOCKED, "clerk:" + who, "clerk:" + who,
                    Map.of("failures", failures, "until", until.toString())));
            return new SignIn.Locked(until);
        });
    }

    /**
     * A clerk replaces their own password (at will, or because an admin set it): the current one
     * must be right, the new one at least {@link #MIN_PASSWORD} characters and unlike the login
     * and the current one.
     */
    public Optional<Refusal> changePassword(String login, char[] current, char[] next) {
        String who = clip(login.strip());
        Optional<Refusal> weak = weakness(who, next);
        if (weak.isPresent()) {
            return weak;
        }
        if (java.util.Arrays.equals(current, next)) {
            return Optional.of(Refusal.of("clerk.password.same"));
        }
        Optional<Account> account = account(who);
        if (account.isEmpty() || !hasher.matches(current, account.get().hash())) {
            return Optional.of(Refusal.of("clerk.password.currentWrong"));
        }
        String hash = hasher.hash(next);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE clerk SET password_hash = :h, must_change_password = FALSE WHERE login = :l")
                    .bind("h", hash).bind("l", who).execute();
            events.append(h, new EventDraft(EventType.CLERK_PASSWORD_CHANGED, "clerk:" + who, "clerk:" + who, Map.of()));
        });
        return Optional.empty();
    }

    /** Why a new password will not do; empty when it will. */
    static Optional<Refusal> weakness(String login, char[] password) {
        if (password.length < MIN_PASSWORD) {
            return Optional.of(Refusal.of("clerk.password.short", MIN_PASSWORD));
        }
        if (new String(password).equalsIgnoreCase(login)) {
            return Optional.of(Refusal.of("clerk.password.likeLogin"));
        }
        return Optional.empty();
    }

    private Optional<Account> account(String login) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, login, name, role, password_hash, locked_until, must_change_password, site "
                        + "FROM clerk WHERE login = :l AND active")
                .bind("l", login)
                .map((rs, ctx) -> new Account(new Clerk(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        rs.getString(8) == null),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getBoolean(7), rs.getString(8)))
                .findOne());
    }

    private static String clip(String login) {
        return login.length() > 40 ? login.substring(0, 40) : login;
    }
}
