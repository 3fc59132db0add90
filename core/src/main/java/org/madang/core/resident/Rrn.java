package org.madang.core.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident registration number (주민등록번호), validated for format and birth date. Numbers
 * issued since October 2020 carry random digits after the gender digit, so the old check
 * digit is not required. {@link #toString()} is masked: the clear digits never reach a log.
 */
public final class Rrn {
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private final String digits;

    private Rrn(String digits) {
        this.digits = digits;
    }

    /** Parses {@code 900101-1234567} or {@code 9001011234567}; empty when malformed. */
    public static Optional<Rrn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String d = text.strip().replace("-", "");
        if (!d.matches("\\d{13}")) {
            return Optional.empty();
        }
        Rrn rrn = new Rrn(d);
        try {
            rrn.birthDate();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(rrn);
    }

    /** The birth date the number encodes (the 7th digit gives the century). */
    public LocalDate birthDate() {
        int century = switch (digits.charAt(6)) {
            case '9', '0' -> 1800;
            case '1', '2', '5', '6' -> 1900;
            default -> 2000;
        };
        return LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
                Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
    }

    /** {@code M} or {@code F} from the gender digit. */
    public String sex() {
        return (digits.charAt(6) - '0') % 2 == 1 ? "M" : "F";
    }

    /** Whether the last digit is the pre-2020 check digit of the other twelve. */
    public boolean hasLegacyCheckDigit() {
        return digits.charAt(12) - '0' == checkDigit(digits.substring(0, 12));
    }

    /** The check digit of the first twelve digits: (11 − Σ dᵢ·wᵢ mod 11) mod 10. */
    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** The number in clear, {@code 900101-1234567}: only for encryption and documents that ask for it. */
    public String clear() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The masked form shown on screens: {@code 900101-1******}. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rrn other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
