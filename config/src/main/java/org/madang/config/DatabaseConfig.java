package org.madang.config;

import java.util.Optional;

/**
 * Where the site database lives. An empty URL means the H2 file in the site's {@code data/}
 * folder, shared between processes on this machine.
 *
 * @param url           JDBC URL of a database hosted elsewhere ({@code madang db serve}), or empty
 * @param user          database user
 * @param servePort     TCP port {@code madang db serve} listens on
 * @param allowOthers   whether {@code madang db serve} accepts connections from other machines
 * @param encrypted     whether the database file is encrypted at rest (H2 {@code CIPHER=AES}, its key in {@code keys/})
 */
public record DatabaseConfig(String url, String user, int servePort, boolean allowOthers, boolean encrypted) {
    public Optional<String> remoteUrl() {
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }
}
