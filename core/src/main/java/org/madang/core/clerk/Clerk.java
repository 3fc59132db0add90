package org.madang.core.clerk;

/** A member of staff who signs in at a counter. */
public record Clerk(long id, String login, String name, Role role) {

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
