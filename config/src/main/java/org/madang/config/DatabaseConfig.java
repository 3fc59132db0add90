package org.madang.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the site database lives. An empty URL means the H2 file in the site's {@code data/}
 * folder, shared between processes on this machine; {@code jdbc:h2:tcp://…} a site database
 * hosted by {@code madang db serve}; {@code jdbc:postgresql://…} the county's database
 * (SCALE.md), its password in {@code keys/county.password}.
 *
 * @param url           JDBC URL of a database hosted elsewhere, or empty
 * @param user          database user
 * @param servePort     TCP port {@code madang db serve} listens on
 * @param allowOthers   whether {@code madang db serve} accepts connections from other machines
 * @param encrypted     whether the database file is encrypted at rest (H2 {@code CIPHER=AES}, its key in {@code keys/})
 * @param tls           how a PostgreSQL connection is protected
 * @param cache         with a PostgreSQL url: the centre's H2 cache, a path under the site folder
 *                      without {@code .mv.db} (e.g. {@code data/cache}), or the address of the one another
 *                      terminal of the centre serves ({@code jdbc:h2:tcp://host:9092/cache}); empty for none (SCALE.md)
 */
public record DatabaseConfig(String url, String user, int servePort, boolean allowOthers, boolean encrypted, Tls tls, String cache) {
    /** TLS to the county's PostgreSQL server. */
    public enum Tls {
        /** no TLS (a server on this machine, or a private link) */
        OFF,
        /** encrypted, the server's certificate not checked */
        REQUIRE,
        /** encrypted, the server's certificate checked against {@code keys/county-ca.crt} and its name against the URL's host */
        VERIFY;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Optional<String> remoteUrl() {
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** The centre's cache beside the county's database, when one is set. */
    public Optional<String> cachePath() {
        return cache.isBlank() ? Optional.empty() : Optional.of(cache);
    }

    /** The address of the centre's cache when another terminal of the centre serves it (one cache, one queue for the centre). */
    public Optional<String> servedCache() {
        return cache.startsWith("jdbc:") ? Optional.of(cache) : Optional.empty();
    }

    /** Whether the database is PostgreSQL (the county's), not H2. */
    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
