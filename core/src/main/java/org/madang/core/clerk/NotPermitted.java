package org.madang.core.clerk;

import org.madang.core.Refusal;

/** A member of staff tried an act their role does not allow; nothing was changed. */
public final class NotPermitted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Permission permission;

    public NotPermitted(String login, Permission permission) {
        super("'" + login + "' may not " + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.permission = permission;
    }

    /** The plain words for the clerk: who may do it. */
    public Refusal refusal() {
        return Refusal.of(permission.refusalKey());
    }
}
