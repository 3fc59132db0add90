package org.madang.core.resident;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import org.madang.core.site.SiteKeys;

/**
 * Protects registration numbers at rest: AES-GCM with the site's data key for storage, and an
 * HMAC-SHA-256 with the look-up key so a number can be found without decrypting every row.
 */
public final class RrnCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SiteKeys keys;
    private final SecureRandom random;

    public RrnCipher(SiteKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** Base64 of nonce ‖ ciphertext ‖ tag. */
    public String encrypt(Rrn rrn) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(rrn.clear().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts what {@link #encrypt} wrote; fails if it was altered or written with another key. */
    public Rrn decrypt(String stored) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(stored);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        String clear = new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        return Rrn.parse(clear).orElseThrow(() -> new GeneralSecurityException("decrypted value is not a registration number"));
    }

    /** The keyed hash used to look a number up. */
    public String lookupHash(Rrn rrn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            return HexFormat.of().formatHex(mac.doFinal(rrn.clear().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
