package org.madang.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.madang.core.site.SiteKeys;
import org.madang.core.storage.SiteDatabase;

/**
 * A county's PostgreSQL on this machine, for the demo county and for trying a county out
 * (SCALE.md): the server of Debian's {@code postgresql} package, run by {@code pg_ctl} with its
 * data in the county folder ({@code pg/}), listening on localhost only. The county folder is a
 * site folder whose site.yaml names that server; its keys/ are the ones every centre's terminals
 * share. A real county runs its own server and only writes site.yaml and keys/ like this.
 * Run as root, the server runs as the {@code postgres} user (PostgreSQL refuses root).
 */
final class LocalCounty {
    static final int DEFAULT_PORT = 55432;
    static final String DATABASE = "county";
    static final String USER = "madang";

    private final Path folder;
    private final int port;
    private final Path bin;

    private LocalCounty(Path folder, int port, Path bin) {
        this.folder = folder.toAbsolutePath();
        this.port = port;
        this.bin = bin;
    }

    /** The county in {@code folder}; refused in plain words when PostgreSQL's server is not installed. */
    static LocalCounty in(Path folder, int port) {
        return new LocalCounty(folder, port, binaries().orElseThrow(() -> new UsageException(
                "a local county needs PostgreSQL's server, which is not installed: sudo apt-get install -y postgresql")));
    }

    /** The newest PostgreSQL server Debian installed ({@code /usr/lib/postgresql/<version>/bin}). */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * The server's data: {@code pg/} in the county folder; run as root, under
     * {@code /var/lib/madang-county/} instead (the {@code postgres} user may not enter root's home).
     */
    private Path data() {
        if (root()) {
            return Path.of("/var/lib/madang-county", Integer.toHexString(folder.toString().hashCode()), "pg");
        }
        return folder.resolve("pg");
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Whether the server answers on its port. */
    boolean running() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the county on first use (the server's data, a login and database for Madang, site.yaml
     * and keys/ with the password) and starts the server when it is not running.
     *
     * @return whether it was made now
     */
    boolean start() throws IOException {
        boolean made = !Files.exists(data().resolve("PG_VERSION"));
        Files.createDirectories(folder);
        Path superPassword = folder.resolve("keys").resolve("county-superuser.password");
        if (made) {
            Files.createDirectories(data());
            Files.createDirectories(superPassword.getParent());
            writeSecret(superPassword, secret());
            Path pwfile = data().resolveSibling("pg-init.password");
            writeSecret(pwfile, Files.readString(superPassword).strip());
            handToServerUser(pwfile);
            handToServerUser(data());
            run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", "postgres", "--pwfile=" + pwfile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"), 120);
            Files.delete(pwfile);
        }
        if (!running()) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", data().resolve("server.log").toString(), "-w",
                    "-t", "60", "-o", "-p " + port + " -c listen_addresses=localhost -k " + data(), "start"), 90);
        }
        // the login, its database and site.yaml: made now, or by a first start that stopped before them (the server did not start)
        boolean settled = Files.exists(folder.resolve("site.yaml"));
        if (!settled) {
            String password = secret();
            // bounded: a port that answers but is not this server (another program on it) must not hold the start for ever
            try (SiteDatabase admin = SiteDatabase.open("jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=10&socketTimeout=60",
                    "postgres",
                    Files.readString(superPassword).strip())) {
                admin.jdbi().useHandle(h -> {
                    boolean role = h.createQuery("SELECT COUNT(*) FROM pg_roles WHERE rolname = :r").bind("r", USER).mapTo(Integer.class).one() > 0;
                    h.execute((role ? "ALTER ROLE " : "CREATE ROLE ") + USER + " LOGIN PASSWORD '" + password + "'");
                    if (h.createQuery("SELECT COUNT(*) FROM pg_database WHERE datname = :d").bind("d", DATABASE).mapTo(Integer.class).one() == 0) {
                        h.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
                    }
                });
            }
            writeSecret(folder.resolve("keys").resolve(SiteKeys.COUNTY_PASSWORD), password);
            Files.writeString(folder.resolve("site.yaml"), String.join("\n",
                    "# The demo county: one PostgreSQL for every centre (made by madang county start).",
                    "# A terminal of another centre: --set site.code=<code> --set site.name=<name> --set terminal.id=<its own id>.",
                    "site:", "  name: 마당 행정복지센터", "  county: 마당군", "database:", "  url: \"" + url() + "\"", "  user: " + USER,
                    "  tls: off", ""), StandardCharsets.UTF_8);
        }
        return made || !settled;
    }

    /** Stops the server (fast: open connections are ended). */
    void stop() throws IOException {
        if (running()) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
        }
    }

    /**
     * Stops the server and deletes its data and the county folder's site.yaml, keys and data/ (the
     * caches of the demo's centres, copies of this county under its keys): the county is gone.
     */
    void delete() throws IOException {
        stop();
        // as root the data has a folder of its own under /var/lib/madang-county: it goes whole
        Path server = root() ? data().getParent() : data();
        for (Path gone : List.of(server, folder.resolve("keys"), folder.resolve("site.yaml"), folder.resolve("data"))) {
            if (Files.exists(gone)) {
                Sites.deleteTree(gone);
            }
        }
    }

    private static String secret() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void writeSecret(Path file, String text) throws IOException {
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own permissions stand
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Run as root, the server's files belong to the {@code postgres} user that runs it. */
    private static void handToServerUser(Path path) throws IOException {
        if (root()) {
            UserPrincipal postgres = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(path, postgres);
        }
    }

    private void run(List<String> command, int seconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = folder.resolve("county-server.out");
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UsageException(command.get(0) + " did not finish in " + seconds + " s (see " + log + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            // a server that did not start says why in its own log (a port taken, most often)
            Path serverLog = data().resolve("server.log");
            String why = Files.isReadable(serverLog) ? Files.readAllLines(serverLog).stream().filter(l -> l.contains("FATAL")
                    || l.contains("could not bind")).reduce((a, b) -> b).map(l -> " — the server says: " + l.replaceFirst("^.*?(LOG|FATAL): +", ""))
                    .orElse("") : "";
            throw new UsageException(Path.of(command.get(0)).getFileName() + " failed: "
                    + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())) + why + " (see " + log
                    + (why.isEmpty() ? "" : " and " + serverLog) + ")");
        }
    }
}
