package org.madang.core.resident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import org.madang.core.site.DataCipher;
import org.madang.core.site.SiteKeys;

/**
 * Protects registration numbers at rest: AES-GCM with the site's data key for storage, and an
 * HMAC-SHA-256 with the look-up key so a number can be found without decrypting every row.
 */
public final class RrnCipher {
    private final SiteKeys keys;
    private final DataCipher cipher;

    public RrnCipher(SiteKeys keys, SecureRandom random) {
        this.keys = keys;
        this.cipher = new DataCipher(keys, random);
    }

    /** The site's data cipher, which seals other text at rest the same way (a case's notes). */
    public DataCipher data() {
        return cipher;
    }

    /** Base64 of nonce ‖ ciphertext ‖ tag. */
    public String encrypt(Rrn rrn) {
        return cipher.encrypt(rrn.clear());
    }

    /** Decrypts what {@link #encrypt} wrote; fails if it was altered or written with another key. */
    public Rrn decrypt(String stored) throws GeneralSecurityException {
        String clear = cipher.decrypt(stored);
        return Rrn.parse(clear).orElseThrow(() -> new GeneralSecurityException("decrypted value is not a registration number"));
    }

    /** The keyed hash used to look a number up. */
    public String lookupHash(Rrn rrn) {
        return keyedHash(rrn.clear());
    }

    /** HMAC-SHA-256 (hex) of {@code text} with the site's look-up key. */
    public String keyedHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
