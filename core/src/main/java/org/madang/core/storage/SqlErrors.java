package org.madang.core.storage;

import java.sql.SQLException;

/** What a database failure means, read from the SQL states anywhere in its chain of causes. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** A check constraint refused the change (e.g. a slot over capacity). */
    public static boolean isCheckViolation(Throwable e) {
        return hasState(e, "23513") || hasState(e, "23514");
    }

    /** A unique key refused the change (the row is already there). */
    public static boolean isDuplicate(Throwable e) {
        return hasState(e, "23505");
    }

    /**
     * The connection went away mid-transaction: with {@code AUTO_SERVER}, the process that
     * hosted the database file has exited, and the next connection finds the new host.
     */
    public static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if (state != null && state.startsWith("08") || code == 90067 || code == 90121 || code == 90098) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
