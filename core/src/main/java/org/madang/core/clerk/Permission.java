package org.madang.core.clerk;

import java.util.EnumSet;
import java.util.Set;

/** An act that only some roles may do; checked by the services themselves (see {@link StaffRights}). */
public enum Permission {
    /** Serving residents: the queue, their files, bookings, courses, documents and fees on their behalf. */
    WINDOW(EnumSet.of(Role.CLERK, Role.OFFICER, Role.WELFARE, Role.SUPERVISOR)),
    /** Revoking an issued document. */
    REVOKE_DOCUMENT(EnumSet.of(Role.SUPERVISOR)),
    /** Lifting or shortening a resident's booking ban. */
    LIFT_BAN(EnumSet.of(Role.SUPERVISOR)),
    /** Showing a resident's full registration number. */
    REVEAL_RRN(EnumSet.of(Role.SUPERVISOR)),
    /** Creating clerk accounts, resetting their passwords, changing roles. */
    MANAGE_CLERKS(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** The words telling a clerk who may do it. */
    public String refusalKey() {
        return switch (this) {
            case WINDOW -> "clerk.refused.window";
            case REVOKE_DOCUMENT -> "clerk.refused.revoke_document";
            case LIFT_BAN -> "clerk.refused.lift_ban";
            case REVEAL_RRN -> "clerk.refused.reveal_rrn";
            case MANAGE_CLERKS -> "clerk.refused.manage_clerks";
        };
    }
}
