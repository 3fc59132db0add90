package org.madang.core.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/** Seals text at rest with the site's data key: AES-GCM, stored as Base64 of nonce ‖ ciphertext ‖ tag. */
public final class DataCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SiteKeys keys;
    private final SecureRandom random;

    public DataCipher(SiteKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public String encrypt(String clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts what {@link #encrypt} wrote; fails if it was altered or written with another key. */
    public String decrypt(String stored) throws GeneralSecurityException {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not sealed text (Base64 expected)", e);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }
}
