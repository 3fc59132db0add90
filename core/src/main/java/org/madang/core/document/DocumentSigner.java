package org.madang.core.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/** Seals documents with the site's Ed25519 key and checks seals against it. */
public final class DocumentSigner {
    private final KeyPair keys;
    private final String keyId;

    public DocumentSigner(KeyPair keys) {
        this.keys = keys;
        this.keyId = keyId(keys.getPublic().getEncoded());
    }

    /** The first 8 characters of the URL-safe Base64 SHA-256 of the public key's encoding. */
    static String keyId(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** Seals a document's number and the SHA-256 of its words. */
    public Seal seal(Seal.Kind kind, String number, byte[] contentSha256) {
        byte[] hash = Arrays.copyOf(contentSha256, Seal.HASH_BYTES);
        String part = Seal.signedPart(kind, keyId, number, hash);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(part.getBytes(StandardCharsets.US_ASCII));
            return new Seal(kind, keyId, number, hash, s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    /** Whether this site's key made the seal's signature; false for another key or an altered seal. */
    public boolean signedHere(Seal seal) {
        if (!seal.keyId().equals(keyId)) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(keys.getPublic());
            s.update(seal.signedPart().getBytes(StandardCharsets.US_ASCII));
            return s.verify(seal.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
