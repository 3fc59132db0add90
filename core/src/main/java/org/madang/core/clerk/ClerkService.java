package org.madang.core.clerk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/** Clerk accounts and sign-in; every attempt, good or bad, goes into the audit trail. */
public final class ClerkService {
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

    /** The clerk whose login and password match; empty otherwise (without saying which was wrong). */
    public Optional<Clerk> signIn(String login, char[] password) {
        record Row(Clerk clerk, String hash) { }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT id, login, name, password_hash FROM clerk WHERE login = :l AND active")
                .bind("l", login.strip())
                .map((rs, ctx) -> new Row(new Clerk(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getString(4)))
                .findOne());
        boolean ok = row.isPresent() && hasher.matches(password, row.get().hash());
        String who = login.strip().length() > 40 ? login.strip().substring(0, 40) : login.strip();
        events.append(new EventDraft(ok ? EventType.CLERK_SIGNED_IN : EventType.CLERK_SIGN_IN_FAILED,
                "clerk:" + who, "clerk:" + who, Map.of()));
        return ok ? Optional.of(row.get().clerk()) : Optional.empty();
    }

    /** Adds an active clerk account, with its event in the same transaction. */
    public Clerk add(String login, String name, char[] password, String addedBy) {
        String hash = hasher.hash(password);
        long id = jdbi.inTransaction(h -> {
            long newId = h.createUpdate("INSERT INTO clerk (login, name, password_hash, active, created_at) "
                            + "VALUES (:l, :n, :h, TRUE, :now)")
                    .bind("l", login).bind("n", name).bind("h", hash).bind("now", LocalDateTime.now(clock))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            events.append(h, new EventDraft(EventType.CLERK_ADDED, "clerk:" + login, addedBy, Map.of("name", name)));
            return newId;
        });
        return new Clerk(id, login, name);
    }
}
