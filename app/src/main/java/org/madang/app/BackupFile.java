package org.madang.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;
import org.madang.core.site.SiteDirectory;
import org.madang.core.site.SiteKeys;

/**
 * A site's backup file: the database as H2's online {@code BACKUP} copies it (terminals keep
 * working meanwhile) and the site's {@code site.yaml}, in one zip; never the keys, which are
 * kept apart. Also the change of the database file's encryption at rest.
 */
final class BackupFile {
    private static final String DATABASE = "madang.mv.db";
    private static final String SITE_FILE = "site.yaml";

    private BackupFile() {
    }

    /** Writes the backup to {@code target}, which must not exist; a half-written file never takes its name. */
    static void write(SiteRuntime site, Path target) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new UsageException("madang db backup: " + target + " exists already");
        }
        Files.createDirectories(file.getParent());
        Path h2 = file.resolveSibling(file.getFileName() + ".h2.part");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            site.database.jdbi().useHandle(h -> h.execute("BACKUP TO '" + h2.toString().replace("'", "''") + "'"));
            try (ZipFile database = new ZipFile(h2.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                ZipEntry entry = database.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("H2's backup holds no database file"));
                zip.putNextEntry(new ZipEntry(DATABASE));
                try (InputStream in = database.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                if (Files.exists(site.dir.siteFile())) {
                    zip.putNextEntry(new ZipEntry(SITE_FILE));
                    Files.copy(site.dir.siteFile(), zip);
                    zip.closeEntry();
                }
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(h2);
            Files.deleteIfExists(part);
        }
    }

    /** What a restore wrote, so a restore that turns out wrong (keys of another site) can be taken back. */
    record Restored(List<Path> written) {
        void undo() throws IOException {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Puts the backup's database and site file into a site folder that has no database yet,
     * with the keys from {@code keysFrom} (or those already in the folder's {@code keys/}).
     */
    static Restored restore(Path backup, SiteDirectory dir, Path keysFrom) throws IOException {
        String name = "madang db restore: ";
        if (!Files.isRegularFile(backup)) {
            throw new UsageException(name + backup + " is not a file");
        }
        if (dir.hasDatabase()) {
            throw new UsageException(name + dir.root() + " has a database already; restore into a new folder, so nothing is overwritten");
        }
        List<Path> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            if (!names.contains(DATABASE) || !names.stream().allMatch(n -> n.equals(DATABASE) || n.equals(SITE_FILE))) {
                throw new UsageException(name + backup + " is not a backup written by madang db backup (it holds " + names + ")");
            }
            if (keysFrom != null) {
                copyKeys(keysFrom, dir.keys(), written);
            } else if (!Files.exists(dir.keys().resolve("db.password"))) {
                throw new UsageException(name + "the backup needs the keys of the site it came from: add --keys <that site>/keys");
            }
            dir.create();
            written.add(extract(zip, DATABASE, dir.data().resolve(DATABASE)));
            if (names.contains(SITE_FILE) && !Files.exists(dir.siteFile())) {
                written.add(extract(zip, SITE_FILE, dir.siteFile()));
            }
            return new Restored(written);
        } catch (ZipException e) {
            new Restored(written).undo();
            throw new UsageException(name + backup + " is not a backup written by madang db backup (not a zip file)", e);
        } catch (IOException | RuntimeException e) {
            new Restored(written).undo();
            throw e;
        }
    }

    private static Path extract(ZipFile zip, String entry, Path to) throws IOException {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try (InputStream in = zip.getInputStream(zip.getEntry(entry)); OutputStream out = Files.newOutputStream(part)) {
            in.transferTo(out);
        }
        Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
        return to;
    }

    /** Copies the key files; a key already there must be the same one. */
    private static void copyKeys(Path from, Path to, List<Path> written) throws IOException {
        if (!Files.exists(from.resolve("db.password"))) {
            throw new UsageException("madang db restore: " + from + " is not a site's keys/ folder (it has no db.password)");
        }
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, Files::isRegularFile)) {
            for (Path key : files) {
                Path target = to.resolve(key.getFileName());
                if (Files.exists(target)) {
                    if (!Arrays.equals(Files.readAllBytes(key), Files.readAllBytes(target))) {
                        throw new UsageException("madang db restore: " + target + " differs from " + key
                                + "; restore into a folder without keys of its own");
                    }
                    continue;
                }
                Files.copy(key, target);
                written.add(target);
            }
        }
    }

    /** Encrypts the database file with the site's file key, or makes it plain; refused while a terminal has it open. */
    static void changeEncryption(SiteDirectory dir, boolean encrypt) throws IOException {
        if (Files.exists(dir.data().resolve("madang.lock.db"))) {
            throw new UsageException("madang db encrypt: the database of " + dir.root() + " is in use; stop its terminals first");
        }
        char[] key = SiteKeys.loadOrCreate(dir.keys(), new SecureRandom()).databaseFileKey().toCharArray();
        try {
            ChangeFileEncryption.execute(dir.data().toString(), "madang", "AES", encrypt ? null : key, encrypt ? key : null, true);
        } catch (SQLException | RuntimeException e) {
            throw new UsageException("madang db encrypt: the database file is " + (encrypt ? "encrypted already" : "not encrypted with this "
                    + "site's keys/db-file.key") + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }
}
