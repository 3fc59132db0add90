package org.madang.hardware.id;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads ICAO 9303 machine-readable zones: TD1 (ID cards, 3 × 30), TD2 (2 × 36) and TD3
 * (passports, 2 × 44). Every check digit is verified, the composite one too; a zone that fails
 * is a {@link Result.Refused} with a reason, never an exception.
 */
public final class Mrz {
    private static final Pattern LINE = Pattern.compile("[A-Z0-9<]+");

    private Mrz() {
    }

    /** What reading a zone gave. */
    public sealed interface Result {
        /** Every check digit held. */
        record Read(Identity identity, String format) implements Result {
        }

        /** The zone could not be trusted; {@code reason} says what was wrong (for the log and the counter). */
        record Refused(String reason) implements Result {
        }
    }

    /** The ICAO check digit: weights 7, 3, 1 repeating; digits as themselves, A–Z as 10–35, {@code <} as 0. */
    public static int checkDigit(CharSequence field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                throw new IllegalArgumentException("'" + c + "' cannot appear in a machine-readable zone");
            }
            sum += v * weights[i % 3];
        }
        return sum % 10;
    }

    /**
     * Reads the zone's lines. {@code today} decides the century of two-digit years: a birth date
     * is never in the future, an expiry date is within 50 years of today.
     */
    public static Result parse(List<String> lines, LocalDate today) {
        List<String> clean = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String l : clean) {
            if (!LINE.matcher(l).matches()) {
                return new Result.Refused("not a machine-readable zone (unexpected characters)");
            }
        }
        try {
            if (clean.size() == 3 && clean.stream().allMatch(l -> l.length() == 30)) {
                return td1(clean, today);
            }
            if (clean.size() == 2 && clean.stream().allMatch(l -> l.length() == 36)) {
                return td2or3(clean, today, "TD2");
            }
            if (clean.size() == 2 && clean.stream().allMatch(l -> l.length() == 44)) {
                return td2or3(clean, today, "TD3");
            }
        } catch (Refusal r) {
            return new Result.Refused(r.getMessage());
        }
        return new Result.Refused("not a machine-readable zone (" + clean.size() + " lines of "
                + clean.stream().map(l -> String.valueOf(l.length())).distinct().reduce((a, b) -> a + "/" + b).orElse("0") + " characters)");
    }

    private static Result td1(List<String> l, LocalDate today) {
        String a = l.get(0);
        String b = l.get(1);
        String number = a.substring(5, 14);
        char numberCheck = a.charAt(14);
        String optional = a.substring(15, 30);
        if (numberCheck == '<') {
            // a number longer than nine characters continues in the optional data, ending with its check digit
            String rest = optional.substring(0, optional.indexOf('<') < 0 ? optional.length() : optional.indexOf('<'));
            if (rest.isEmpty()) {
                throw new Refusal("the document number has no check digit");
            }
            number = number + rest.substring(0, rest.length() - 1);
            numberCheck = rest.charAt(rest.length() - 1);
        }
        verify(number, numberCheck, "document number");
        LocalDate birth = date(b.substring(0, 6), b.charAt(6), "birth date", today, true);
        String sex = sex(b.charAt(7));
        LocalDate expiry = date(b.substring(8, 14), b.charAt(14), "expiry date", today, false);
        String nationality = country(b.substring(15, 18));
        String composite = a.substring(5, 30) + b.substring(0, 7) + b.substring(8, 15) + b.substring(18, 29);
        verify(composite, b.charAt(29), "composite");
        Name name = name(l.get(2));
        return new Result.Read(new Identity(filler(number), name.surname, name.given, nationality, birth, sex, expiry, ""), "TD1");
    }

    private static Result td2or3(List<String> l, LocalDate today, String format) {
        String a = l.get(0);
        String b = l.get(1);
        int end = b.length() - 1;
        String number = b.substring(0, 9);
        verify(number, b.charAt(9), "document number");
        String nationality = country(b.substring(10, 13));
        LocalDate birth = date(b.substring(13, 19), b.charAt(19), "birth date", today, true);
        String sex = sex(b.charAt(20));
        LocalDate expiry = date(b.substring(21, 27), b.charAt(27), "expiry date", today, false);
        String composite;
        if (format.equals("TD3")) {
            String personal = b.substring(28, 42);
            char personalCheck = b.charAt(42);
            if (!(personalCheck == '<' && personal.chars().allMatch(c -> c == '<'))) {
                verify(personal, personalCheck, "personal number");
            }
            composite = b.substring(0, 10) + b.substring(13, 20) + b.substring(21, 43);
        } else {
            composite = b.substring(0, 10) + b.substring(13, 20) + b.substring(21, 35);
        }
        verify(composite, b.charAt(end), "composite");
        Name name = name(a.substring(5));
        return new Result.Read(new Identity(filler(number), name.surname, name.given, nationality, birth, sex, expiry, ""), format);
    }

    private static void verify(String field, char check, String what) {
        if (check < '0' || check > '9' || checkDigit(field) != check - '0') {
            throw new Refusal("the " + what + " check digit does not match");
        }
    }

    private static LocalDate date(String yymmdd, char check, String what, LocalDate today, boolean past) {
        verify(yymmdd, check, what);
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            throw new Refusal("the " + what + " is not a date");
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (past && year > today.getYear()) {
            year -= 100;
        } else if (!past && year > today.getYear() + 50) {
            year -= 100;
        } else if (!past && year < today.getYear() - 50) {
            year += 100;
        }
        try {
            return LocalDate.parse(String.format("%04d-%s-%s", year, yymmdd.substring(2, 4), yymmdd.substring(4, 6)));
        } catch (DateTimeParseException e) {
            throw new Refusal("the " + what + " is not a date");
        }
    }

    private static String sex(char c) {
        return switch (c) {
            case 'M' -> "M";
            case 'F' -> "F";
            case '<', 'X' -> "X";
            default -> throw new Refusal("the sex field holds '" + c + "'");
        };
    }

    private static String country(String code) {
        String c = filler(code);
        if (c.isEmpty() || !c.chars().allMatch(Character::isLetter)) {
            throw new Refusal("the nationality '" + code + "' is not a country code");
        }
        return c;
    }

    private static String filler(String s) {
        return s.replace('<', ' ').strip();
    }

    private record Name(String surname, String given) {
    }

    private static Name name(String field) {
        int split = field.indexOf("<<");
        String surname = split < 0 ? field : field.substring(0, split);
        String given = split < 0 ? "" : field.substring(split + 2);
        return new Name(filler(surname).replaceAll(" +", " "), filler(given).replaceAll(" +", " "));
    }

    /** A check that failed, carried out of the parser as a refusal. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
