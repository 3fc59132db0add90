package org.madang.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of a site, kept in {@code keys/} with owner-only permissions and created on
 * first start: the data key (encrypts registration numbers), the look-up key (keyed hashes),
 * the token key (signs QR tokens) and the database password.
 */
public final class SiteKeys {
    private final SecretKey dataKey;
    private final SecretKey lookupKey;
    private final SecretKey tokenKey;
    private final String databasePassword;

    private SiteKeys(byte[] data, byte[] lookup, byte[] token, String databasePassword) {
        this.dataKey = new SecretKeySpec(data, "AES");
        this.lookupKey = new SecretKeySpec(lookup, "HmacSHA256");
        this.tokenKey = new SecretKeySpec(token, "HmacSHA256");
        this.databasePassword = databasePassword;
    }

    /** Reads the keys of a site, creating any that do not exist yet. */
    public static SiteKeys loadOrCreate(Path keysDir, SecureRandom random) throws IOException {
        Files.createDirectories(keysDir);
        byte[] data = readOrCreate(keysDir.resolve("data.key"), random, 32);
        byte[] lookup = readOrCreate(keysDir.resolve("lookup.key"), random, 32);
        byte[] token = readOrCreate(keysDir.resolve("token.key"), random, 32);
        byte[] password = readOrCreate(keysDir.resolve("db.password"), random, 18);
        return new SiteKeys(data, lookup, token, Base64.getUrlEncoder().withoutPadding().encodeToString(password));
    }

    /** Fixed keys for tests that need no files. */
    public static SiteKeys fixed(byte seed) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, seed);
        return new SiteKeys(k, k.clone(), k.clone(), "test-" + seed);
    }

    private static byte[] readOrCreate(Path file, SecureRandom random, int length) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[length];
            random.nextBytes(key);
            // write a private temporary file, then hard-link it into place: link() fails if the
            // key exists, so two terminals starting at once agree on one key
            Path tmp = Files.createTempFile(file.getParent(), ".new-", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
                Files.createLink(file, tmp);
                return key;
            } catch (FileAlreadyExistsException e) {
                // another terminal created it first: fall through and use theirs
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] key = HexFormat.of().parseHex(text);
            if (key.length != length) {
                throw new IOException(file + ": expected a key of " + length + " bytes, found " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a key written by madang (expected hexadecimal)", e);
        }
    }

    public SecretKey dataKey() {
        return dataKey;
    }

    public SecretKey lookupKey() {
        return lookupKey;
    }

    public SecretKey tokenKey() {
        return tokenKey;
    }

    public String databasePassword() {
        return databasePassword;
    }
}
