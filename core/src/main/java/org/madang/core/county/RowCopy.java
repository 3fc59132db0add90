package org.madang.core.county;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rows read from one database written into another, column by column in the same order: large
 * values read whole (a {@code BLOB}/{@code CLOB} handle does not outlive its connection), a value
 * changed on the way where the caller says so, written in batches of a thousand.
 */
final class RowCopy {
    /** A value changed on the way (a centre's code relabelled), by its column's index from 0. */
    interface Change {
        Object apply(int column, Object value);
    }

    private RowCopy() {
    }

    /** Writes every row {@code rs} has left through {@code write}; returns how many. */
    static long copy(ResultSet rs, PreparedStatement write, int columns, Change change) throws SQLException {
        long n = 0;
        while (rs.next()) {
            for (int i = 0; i < columns; i++) {
                write.setObject(i + 1, change.apply(i, whole(rs.getObject(i + 1))));
            }
            write.addBatch();
            if (++n % 1_000 == 0) {
                write.executeBatch();
            }
        }
        write.executeBatch();
        return n;
    }

    /** A value read whole: a {@code BLOB}/{@code CLOB} handle as its bytes or text, any other as it is. */
    static Object whole(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }
}
