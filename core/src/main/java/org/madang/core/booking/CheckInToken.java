package org.madang.core.booking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The text of a booking receipt's QR code: {@code MDG1.B.<number>.<signature>}, signed with
 * the site's token key so a made-up or altered code is told apart from a real one.
 */
public final class CheckInToken {
    static final String PREFIX = "MDG1.B.";

    private final SecretKey key;

    public CheckInToken(SecretKey key) {
        this.key = key;
    }

    public String issue(String bookingNumber) {
        return PREFIX + bookingNumber + "." + signature(bookingNumber);
    }

    /** The booking number a genuine token names; empty for anything else. */
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = token.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String number = rest.substring(0, dot);
        byte[] given = rest.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(number).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) && BookingNumber.parse(number).isPresent()
                ? Optional.of(number) : Optional.empty();
    }

    private String signature(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((PREFIX + number).getBytes(StandardCharsets.US_ASCII));
            // 96 bits keep the QR small and are far beyond guessing at a kiosk
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
