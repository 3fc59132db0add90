package org.madang.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.madang.core.storage.SiteDatabase;

/**
 * A county's PostgreSQL server for tests (SCALE.md), as a county would run it: TLS on with a
 * certificate its own authority signed (made here with {@code openssl}), passwords checked
 * (SCRAM), and terminals let in only over TLS; the superuser {@code postgres} from this machine
 * without a password, for the test's own set-up. It can be stopped and started again on the
 * same port and data, as a broken link and its return.
 */
public final class CountyServer implements AutoCloseable {
    private final Path folder;
    private final Path data;
    private final Path tls;
    private int port;
    private EmbeddedPostgres server;

    private CountyServer(Path folder) {
        this.folder = folder;
        this.data = folder.resolve("pg");
        this.tls = folder.resolve("tls");
    }

    /** Makes the certificates in {@code folder/tls} and starts a server on {@code folder/pg}. */
    public static CountyServer start(Path folder) throws IOException {
        CountyServer county = new CountyServer(folder);
        county.makeCertificates();
        // a new folder, made by initdb; not "clean", which would have zonky delete the data at the first stop (restart needs it)
        county.server = county.builder().setCleanDataDirectory(false).start();
        county.port = county.server.getPort();
        county.admit();
        return county;
    }

    private EmbeddedPostgres.Builder builder() {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data)
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", tls.resolve("server.crt").toAbsolutePath().toString())
                .setServerConfig("ssl_key_file", tls.resolve("server.key").toAbsolutePath().toString())
                .setServerConfig("listen_addresses", "localhost");
        return port == 0 ? b : b.setPort(port);
    }

    /** Who may connect: the superuser from here for set-up; everyone else with a password, over TLS only. */
    private void admit() throws IOException {
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "hostssl all all 127.0.0.1/32 scram-sha-256",
                "hostssl all all ::1/128 scram-sha-256", ""), StandardCharsets.US_ASCII);
        admin("postgres", "SELECT pg_reload_conf()");
    }

    public int port() {
        return port;
    }

    /** The address of one of its databases, as {@code database.url} holds it. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The authority that signed the server's certificate (PEM), for {@code keys/county-ca.crt}. */
    public Path authority() {
        return tls.resolve("ca.crt");
    }

    /** An authority that did not sign it. */
    public Path otherAuthority() {
        return tls.resolve("other-ca.crt");
    }

    /** Makes a county database owned by a login of its own, with that password. */
    public void createCounty(String database, String user, String password) {
        admin("postgres", "CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        admin("postgres", "CREATE DATABASE " + database + " OWNER " + user);
    }

    /** Runs statements as the superuser on one database. */
    public void admin(String database, String... statements) {
        try (SiteDatabase db = SiteDatabase.open("jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres",
                "postgres", "")) {
            db.jdbi().useHandle(h -> {
                for (String sql : statements) {
                    h.execute(sql);
                }
            });
        }
    }

    /** Stops the server (the county's link is down). */
    public void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts it again on the same port and data (the link is back). */
    public void restart() throws IOException {
        if (server == null) {
            server = builder().setCleanDataDirectory(false).start();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void makeCertificates() throws IOException {
        Files.createDirectories(tls);
        Files.writeString(tls.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n", StandardCharsets.US_ASCII);
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "30",
                "-subj", "/CN=Madang test county authority");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "30",
                "-subj", "/CN=Someone else's authority");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt",
                "-days", "30", "-extfile", "san.ext");
        Files.setPosixFilePermissions(tls.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
    }

    private void openssl(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(tls.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.log").toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("openssl " + String.join(" ", args) + " failed: "
                        + Files.readString(folder.resolve("openssl.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while making certificates", e));
        }
    }
}
