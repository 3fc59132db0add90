package org.madang.core.clerk;

/**
 * A member of staff who signs in at a counter.
 *
 * @param ofCounty whether the account is the county's (of no centre: signs in at every centre, and
 *                 may read the whole county's reports)
 */
public record Clerk(long id, String login, String name, Role role, boolean ofCounty) {

    /** A centre's member of staff. */
    public Clerk(long id, String login, String name, Role role) {
        this(id, login, name, role, false);
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
