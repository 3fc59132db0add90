package org.madang.core.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A document's number (문서확인번호): 16 digits — the issue day as {@code yyMMdd}, nine random
 * digits (so numbers cannot be guessed from one another) and a Luhn check digit that catches
 * any single mistyped digit and most swapped neighbours. Shown in groups of four.
 */
public final class DocumentNumber {
    public static final int LENGTH = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DocumentNumber() {
    }

    /** A new number for a document issued on {@code day}. */
    public static String create(LocalDate day, RandomGenerator random) {
        StringBuilder body = new StringBuilder(day.format(DAY));
        while (body.length() < LENGTH - 1) {
            body.append((char) ('0' + random.nextInt(10)));
        }
        return body.append(checkDigit(body)).toString();
    }

    /** The digits of what someone typed or scanned, without spaces or hyphens; empty unless there are exactly 16. */
    public static Optional<String> digits(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String d = typed.replaceAll("[\\s\\-–·.]", "");
        return d.length() == LENGTH && d.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(d) : Optional.empty();
    }

    /** Whether 16 digits carry a right check digit. */
    public static boolean checks(String digits) {
        return digits.length() == LENGTH && checkDigit(digits.substring(0, LENGTH - 1)) == digits.charAt(LENGTH - 1) - '0';
    }

    /** {@code 2611-2212-3456-7890}: how the number is printed and shown (digits being typed are grouped the same way). */
    public static String grouped(String number) {
        StringBuilder b = new StringBuilder(number.length() + 3);
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(number.charAt(i));
        }
        return b.toString();
    }

    /** The Luhn check digit of {@code body}. */
    static int checkDigit(CharSequence body) {
        int sum = 0;
        // the digit next to the check digit is doubled, then every second one leftwards
        for (int i = body.length() - 1, k = 0; i >= 0; i--, k++) {
            int d = body.charAt(i) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
