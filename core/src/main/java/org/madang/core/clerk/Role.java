package org.madang.core.clerk;

import java.util.Locale;

/**
 * What a member of staff is at the centre (COUNTER.md): {@code CLERK} does the window work,
 * {@code OFFICER} and {@code WELFARE} too (their cases come with the Cases workspace),
 * {@code SUPERVISOR} everything at the window plus the acts that need a second look (revoking a
 * document, lifting a ban, the full registration number), {@code ADMIN} keeps the accounts.
 */
public enum Role {
    CLERK, OFFICER, WELFARE, SUPERVISOR, ADMIN;

    public boolean may(Permission permission) {
        return permission.grantedTo(this);
    }

    public String messageKey() {
        return "clerk.role." + name().toLowerCase(Locale.ROOT);
    }
}
