package org.madang.core.document;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The text of a document's QR code: {@code MDG1.D.<key>.<number>.<hash>.<signature>} for an
 * issued document, {@code MDG1.S.…} for a sample (견본). {@code key} names the signing key (the
 * first 8 characters of its fingerprint), {@code hash} is the first 16 bytes of the SHA-256 of
 * the document's words, {@code signature} the site's Ed25519 signature over everything before it.
 */
public record Seal(Kind kind, String keyId, String number, byte[] contentHash, byte[] signature) {
    public static final String PREFIX = "MDG1.";
    static final int HASH_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * An issued document, a preview that must never pass as one, or a digital-learning centre's
     * training certificate (수료증), which is never a civil document wherever it is checked.
     */
    public enum Kind {
        DOCUMENT("D"), SAMPLE("S"), TRAINING("T");

        private final String letter;

        Kind(String letter) {
            this.letter = letter;
        }

        static Optional<Kind> of(String letter) {
            return Arrays.stream(values()).filter(k -> k.letter.equals(letter)).findFirst();
        }
    }

    public Seal {
        contentHash = contentHash.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] contentHash() {
        return contentHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** What the signature covers. */
    static String signedPart(Kind kind, String keyId, String number, byte[] contentHash) {
        return PREFIX + kind.letter + "." + keyId + "." + number + "." + B64.encodeToString(contentHash);
    }

    String signedPart() {
        return signedPart(kind, keyId, number, contentHash);
    }

    /** The QR code's text. */
    public String text() {
        return signedPart() + "." + B64.encodeToString(signature);
    }

    /**
     * Reads a QR code's text; empty for anything not shaped like a Madang document code (a
     * booking receipt, a code from another system), whatever its signature.
     */
    public static Optional<Seal> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.strip().substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.of(parts[0]);
        if (kind.isEmpty() || parts[1].length() != 8 || DocumentNumber.digits(parts[2]).filter(parts[2]::equals).isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] hash = Base64.getUrlDecoder().decode(parts[3]);
            byte[] sig = Base64.getUrlDecoder().decode(parts[4]);
            if (hash.length != HASH_BYTES || sig.length != 64) {
                return Optional.empty();
            }
            return Optional.of(new Seal(kind.get(), parts[1], parts[2], hash, sig));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seal s && s.kind == kind && s.keyId.equals(keyId) && s.number.equals(number)
                && Arrays.equals(s.contentHash, contentHash) && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
