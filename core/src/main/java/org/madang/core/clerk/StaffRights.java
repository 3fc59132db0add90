package org.madang.core.clerk;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The services' own check of who may do what: the clerk's role is read from the database in
 * the same transaction as the act, so a role changed or an account switched off by an admin
 * counts at once, whatever a screen still shows.
 */
public final class StaffRights {
    private static final String PREFIX = "clerk:";

    private StaffRights() {
    }

    /** Throws {@link NotPermitted} unless {@code clerk} (a login, or an actor {@code clerk:login}) is active and allowed. */
    public static void require(Handle h, String clerk, Permission permission) {
        String login = login(clerk);
        Optional<Role> role = role(h, login);
        if (role.isEmpty() || !role.get().may(permission)) {
            throw new NotPermitted(login, permission);
        }
    }

    /** For the services residents and clerks share: an act by a clerk needs window rights; a resident's own needs none. */
    public static void requireIfStaff(Handle h, String actor, Permission permission) {
        if (actor != null && actor.startsWith(PREFIX)) {
            require(h, actor, permission);
        }
    }

    /** The active clerk's role; empty for an unknown or switched-off account. */
    public static Optional<Role> role(Handle h, String login) {
        return h.createQuery("SELECT role FROM clerk WHERE login = :l AND active").bind("l", login)
                .mapTo(String.class).findOne().map(Role::valueOf);
    }

    static String login(String clerk) {
        return clerk.startsWith(PREFIX) ? clerk.substring(PREFIX.length()) : clerk;
    }
}
