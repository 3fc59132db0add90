package org.madang.core.clerk;

/**
 * What a member of staff is at the centre (COUNTER.md): {@code CLERK} does the window work,
 * {@code OFFICER} too and keeps the cases of the residents assigned to them, {@code WELFARE}
 * keeps every case (the welfare team),
 * {@code SUPERVISOR} everything at the window plus the acts that need a second look (revoking a
 * document, lifting a ban, the full registration number), {@code ADMIN} keeps the accounts.
 */
public enum Role {
    CLERK, OFFICER, WELFARE, SUPERVISOR, ADMIN;

    public boolean may(Permission permission) {
        return permission.grantedTo(this);
    }

    /** The key of the role's name in the UI's bundles. */
    public String messageKey() {
        return switch (this) {
            case CLERK -> "clerk.role.clerk";
            case OFFICER -> "clerk.role.officer";
            case WELFARE -> "clerk.role.welfare";
            case SUPERVISOR -> "clerk.role.supervisor";
            case ADMIN -> "clerk.role.admin";
        };
    }
}
