package org.madang.core.booking;

import java.util.Optional;

/**
 * The number printed on a booking receipt and read out at the counter: {@code B0000123-4},
 * the booking's id and a Luhn check digit so a mistyped number is caught.
 */
public final class BookingNumber {
    private BookingNumber() {
    }

    public static String of(long id) {
        String digits = String.format("%07d", id);
        return "B" + digits + "-" + luhn(digits);
    }

    /** The booking id of a well-formed number with a correct check digit. */
    public static Optional<Long> parse(String number) {
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!n.matches("B\\d{7,}-\\d")) {
            return Optional.empty();
        }
        String digits = n.substring(1, n.indexOf('-'));
        if (luhn(digits) != n.charAt(n.length() - 1) - '0') {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }
}
