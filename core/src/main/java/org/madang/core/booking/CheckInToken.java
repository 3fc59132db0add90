package org.madang.core.booking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The text of a receipt's QR code, signed with the site's token key so a made-up or altered
 * code is told apart from a real one: {@code MDG1.B.<number>.<signature>} on a booking receipt,
 * {@code MDG1.T.<yyyyMMdd>-<ticket>.<signature>} on a queue ticket, {@code MDG1.L.<enrolment>.<signature>}
 * on a course receipt (attendance is checked in with it).
 */
public final class CheckInToken {
    static final String PREFIX = "MDG1.B.";
    static final String TICKET_PREFIX = "MDG1.T.";
    static final String LEARNING_PREFIX = "MDG1.L.";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

    private final SecretKey key;
    private final List<Former> formers;
    private final Moved moved;

    /**
     * A centre moved into the county after the first: the codes it printed before its move carry its
     * own key and its own ids.
     */
    public record Former(String centre, SecretKey key) {
    }

    /** Where a moved centre's row went: its id in the county, by the centre's code, the table and its id in the centre. */
    public interface Moved {
        Optional<Long> newId(String centre, String table, long oldId);
    }

    public CheckInToken(SecretKey key) {
        this(key, List.of(), (centre, table, oldId) -> Optional.empty());
    }

    /** Codes made with {@code key}, and those the {@code formers} printed before their move, read through {@code moved}. */
    public CheckInToken(SecretKey key, List<Former> formers, Moved moved) {
        this.key = key;
        this.formers = List.copyOf(formers);
        this.moved = moved;
    }

    public String issue(String bookingNumber) {
        return PREFIX + bookingNumber + "." + signature(key, PREFIX, bookingNumber);
    }

    /** The code printed on a queue ticket: the day and the ticket's label (A007). */
    public String ticket(java.time.LocalDate day, String label) {
        String body = day.format(DAY) + "-" + label;
        return TICKET_PREFIX + body + "." + signature(key, TICKET_PREFIX, body);
    }

    /** The code printed on a course receipt: the enrolment's id, checked in at every session. */
    public String enrolment(long enrolmentId) {
        String body = Long.toString(enrolmentId);
        return LEARNING_PREFIX + body + "." + signature(key, LEARNING_PREFIX, body);
    }

    /** Whether {@code scanned} looks like a course code (genuine or not): the course check-in answers it. */
    public static boolean looksLikeEnrolment(String scanned) {
        return scanned != null && scanned.startsWith(LEARNING_PREFIX);
    }

    /** The enrolment a genuine course code names; empty for anything else. */
    public Optional<Long> enrolmentOf(String scanned) {
        if (!looksLikeEnrolment(scanned)) {
            return Optional.empty();
        }
        Optional<Long> own = signed(key, LEARNING_PREFIX, scanned).flatMap(CheckInToken::enrolmentId);
        if (own.isPresent()) {
            return own;
        }
        for (Former former : formers) {
            Optional<Long> old = signed(former.key(), LEARNING_PREFIX, scanned).flatMap(CheckInToken::enrolmentId);
            if (old.isPresent()) {
                return moved.newId(former.centre(), "course_enrolment", old.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> enrolmentId(String body) {
        return Optional.of(body).filter(b -> b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 19).map(Long::valueOf);
    }

    /** Whether {@code scanned} is one of this site's genuine queue-ticket codes. */
    public boolean isTicket(String scanned) {
        return scanned != null && scanned.startsWith(TICKET_PREFIX) && (signed(key, TICKET_PREFIX, scanned).isPresent()
                || formers.stream().anyMatch(f -> signed(f.key(), TICKET_PREFIX, scanned).isPresent()));
    }

    /** The booking number a genuine token names; empty for anything else. */
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<String> own = signed(key, PREFIX, token).filter(number -> BookingNumber.parse(number).isPresent());
        if (own.isPresent()) {
            return own;
        }
        for (Former former : formers) {
            Optional<Long> old = signed(former.key(), PREFIX, token).flatMap(BookingNumber::parse);
            if (old.isPresent()) {
                // a receipt of a centre from before its move: the booking's number in the county
                return moved.newId(former.centre(), "booking", old.get()).map(BookingNumber::of);
            }
        }
        return Optional.empty();
    }

    /** The body of a code that starts with {@code prefix} and carries its true signature. */
    private static Optional<String> signed(SecretKey key, String prefix, String token) {
        String rest = token.substring(prefix.length());
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = rest.substring(0, dot);
        byte[] given = rest.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(key, prefix, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(body) : Optional.empty();
    }

    private static String signature(SecretKey key, String prefix, String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((prefix + number).getBytes(StandardCharsets.US_ASCII));
            // 96 bits keep the QR small and are far beyond guessing at a kiosk
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
