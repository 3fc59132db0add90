package org.madang.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of one site: {@code site.yaml}, {@code data/} (database), {@code keys/},
 * {@code logs/} and {@code outbox/} (what simulated devices print).
 */
public record SiteDirectory(Path root) {
    public SiteDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path siteFile() {
        return root.resolve("site.yaml");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path keys() {
        return root.resolve("keys");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    /** The H2 database file's base path (H2 appends {@code .mv.db}). */
    public Path databaseBase() {
        return data().resolve("madang");
    }

    /** Whether the site's database file exists yet. */
    public boolean hasDatabase() {
        return Files.exists(data().resolve("madang.mv.db"));
    }

    /** Creates the folders that do not exist yet. */
    public void create() throws IOException {
        for (Path p : new Path[] {root, data(), keys(), logs(), outbox()}) {
            Files.createDirectories(p);
        }
    }
}
