package org.madang.core.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Reads from a preferred database and, while it does not give a connection, from another that
 * holds the same rows: a centre's screens read its cache (fast, and there when the county's link
 * breaks), and the county itself when the cache's machine is off (SCALE.md). A failed preferred
 * database is tried again after {@code retryAfter}, not at every read.
 */
public final class PreferredSource implements DataSource {
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(PreferredSource.class);

    private final DataSource preferred;
    private final DataSource fallback;
    private final Clock clock;
    private final Duration retryAfter;
    private volatile Instant downUntil = Instant.MIN;

    public PreferredSource(DataSource preferred, DataSource fallback, Clock clock, Duration retryAfter) {
        this.preferred = preferred;
        this.fallback = fallback;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** Whether reads go to the fallback now (the preferred one failed within {@code retryAfter}). */
    public boolean fallingBack() {
        return clock.instant().isBefore(downUntil);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (fallingBack()) {
            return fallback.getConnection();
        }
        try {
            Connection c = preferred.getConnection();
            // a pooled connection to a machine gone since it was last used: told apart before a screen's query fails on it
            if (!c.isValid(2)) {
                c.close();
                throw new SQLException("the connection no longer answers");
            }
            if (!Instant.MIN.equals(downUntil)) {
                downUntil = Instant.MIN;
                log.info("reads come from the centre's cache again");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            if (Instant.MIN.equals(downUntil)) {
                log.warn("the centre's cache gives no connection ({}); reads come from the county, the cache tried again every {} s",
                        e.getMessage(), retryAfter.toSeconds());
            }
            downUntil = clock.instant().plus(retryAfter);
            return fallback.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the preferred and fallback databases have their own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used: logging is SLF4J's
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // each side has its own
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
