package org.madang.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of a site, kept in {@code keys/} with owner-only permissions and created on
 * first start: the data key (encrypts registration numbers), the look-up key (keyed hashes),
 * the token key (signs QR tokens), the database password, and the document-signing key pair
 * (Ed25519; seals issued documents, see {@code org.madang.core.document.Seal}).
 */
public final class SiteKeys {
    private final SecretKey dataKey;
    private final SecretKey lookupKey;
    private final SecretKey tokenKey;
    private final String databasePassword;
    private final KeyPair documentKeys;
    private final SecretKey auditKey;
    private final String databaseFileKey;

    private SiteKeys(byte[] data, byte[] lookup, byte[] token, String databasePassword, KeyPair documentKeys, byte[] audit, byte[] file) {
        this.dataKey = new SecretKeySpec(data, "AES");
        this.lookupKey = new SecretKeySpec(lookup, "HmacSHA256");
        this.tokenKey = new SecretKeySpec(token, "HmacSHA256");
        this.databasePassword = databasePassword;
        this.documentKeys = documentKeys;
        this.auditKey = new SecretKeySpec(audit, "HmacSHA256");
        this.databaseFileKey = HexFormat.of().formatHex(file);
    }

    private static final String DATA = "data.key";
    private static final String LOOKUP = "lookup.key";
    private static final String TOKEN = "token.key";
    private static final String PASSWORD = "db.password";
    private static final String SIGNING = "document-signing.key";
    private static final String AUDIT = "audit.key";
    private static final String FILE = "db-file.key";

    /**
     * The files of a site's own keys, as {@link #loadOrCreate} makes them: what every terminal of
     * one database (each centre of a county) holds a copy of. Not the county's password or authority.
     */
    public static final java.util.List<String> FILES = java.util.List.of(DATA, LOOKUP, TOKEN, PASSWORD, SIGNING, AUDIT, FILE);

    /** Reads the keys of a site, creating any that do not exist yet. */
    public static SiteKeys loadOrCreate(Path keysDir, SecureRandom random) throws IOException {
        Files.createDirectories(keysDir);
        byte[] data = readOrCreate(keysDir.resolve(DATA), random, 32);
        byte[] lookup = readOrCreate(keysDir.resolve(LOOKUP), random, 32);
        byte[] token = readOrCreate(keysDir.resolve(TOKEN), random, 32);
        byte[] password = readOrCreate(keysDir.resolve(PASSWORD), random, 18);
        KeyPair documents = readOrCreateSigningKeys(keysDir.resolve(SIGNING), random);
        byte[] audit = readOrCreate(keysDir.resolve(AUDIT), random, 32);
        byte[] file = readOrCreate(keysDir.resolve(FILE), random, 32);
        return new SiteKeys(data, lookup, token, Base64.getUrlEncoder().withoutPadding().encodeToString(password), documents, audit, file);
    }

    /** Where the keys of the centres moved into a county that held others are kept ({@code keys/centres/<code>/}). */
    public static Path formerCentre(Path keysDir, String code) {
        return keysDir.resolve("centres").resolve(code);
    }

    /**
     * The keys of the centres moved into this county after the first, by centre code: read, never
     * made (a folder missing a key is left out). What a centre sealed or printed before its move —
     * its event chain, its receipts' codes, its documents' seals — is checked with them.
     */
    public static java.util.Map<String, SiteKeys> formerCentres(Path keysDir) throws IOException {
        Path dir = keysDir.resolve("centres");
        java.util.Map<String, SiteKeys> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var centres = Files.list(dir)) {
            for (Path centre : centres.filter(Files::isDirectory).toList()) {
                if (FILES.stream().allMatch(f -> Files.isRegularFile(centre.resolve(f)))) {
                    out.put(centre.getFileName().toString(), loadOrCreate(centre, null));
                }
            }
        }
        return out;
    }

    /** Fixed keys for tests that need no files; the same seed gives the same keys. */
    public static SiteKeys fixed(byte seed) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, seed);
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(k);
            return new SiteKeys(k, k.clone(), k.clone(), "test-" + seed, newSigningKeys(seeded), k.clone(), k.clone());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA1PRNG is not available", e);
        }
    }

    private static byte[] readOrCreate(Path file, SecureRandom random, int length) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[length];
            random.nextBytes(key);
            if (writeOnce(file, HexFormat.of().formatHex(key) + "\n")) {
                return key;
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

    /** The Ed25519 pair in one file: the private key (PKCS #8) and the public key (X.509), a hex line each. */
    private static KeyPair readOrCreateSigningKeys(Path file, SecureRandom random) throws IOException {
        if (!Files.exists(file)) {
            KeyPair pair = newSigningKeys(random);
            HexFormat hex = HexFormat.of();
            if (writeOnce(file, hex.formatHex(pair.getPrivate().getEncoded()) + "\n" + hex.formatHex(pair.getPublic().getEncoded()) + "\n")) {
                return pair;
            }
        }
        String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\\s+");
        try {
            if (lines.length != 2) {
                throw new IllegalArgumentException("expected two lines");
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(lines[1]))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(HexFormat.of().parseHex(lines[0]))));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IOException(file + ": not a document-signing key written by madang (" + e.getMessage() + ")", e);
        }
    }

    private static KeyPair newSigningKeys(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    /**
     * Writes a private temporary file, then hard-links it into place: link() fails if the key
     * exists, so two terminals starting at once agree on one key. False when another won.
     */
    private static boolean writeOnce(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".new-", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            Files.createLink(file, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
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

    /** The county database's password file (SCALE.md): given by whoever runs the county's PostgreSQL, never made here. */
    public static final String COUNTY_PASSWORD = "county.password";
    /** The county's certificate authority (PEM), against which {@code database.tls: verify} checks the server. */
    public static final String COUNTY_CA = "county-ca.crt";

    /**
     * The county database's password: the first line of {@code keys/county.password}. Unlike the
     * site's own keys it is not made when missing — the county's database administrator gives it.
     */
    public static String countyPassword(Path keysDir, String user) throws IOException {
        Path file = keysDir.resolve(COUNTY_PASSWORD);
        if (!Files.isRegularFile(file)) {
            throw new IOException("the county database's password for user " + user + " is not in " + file
                    + " (ask whoever runs the county's PostgreSQL for it, and put it there on one line)");
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: the county database's password for user " + user + " belongs on its first line");
        }
        return password;
    }

    /** The password H2 encrypts the database file with when {@code database.encrypted} is on ({@code keys/db-file.key}). */
    public String databaseFileKey() {
        return databaseFileKey;
    }

    /**
     * The key of the event log's chain (HMAC-SHA256): kept in {@code keys/}, never in the
     * database, so whoever has only the database cannot write a chain that checks.
     */
    public SecretKey auditKey() {
        return auditKey;
    }

    /** The Ed25519 pair that seals issued documents. */
    public KeyPair documentKeys() {
        return documentKeys;
    }
}
