package org.madang.ui.speech;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the screen shows, rewritten to be heard (ACCESSIBILITY.md #8, #14): numbers, money, dates,
 * times and booking numbers as a person would read them in the session's language, symbols as
 * pauses, and never a registration number's digits (it is named instead).
 */
public abstract class SpokenText {
    /** A registration number, whole or masked: its digits are never read out. */
    private static final Pattern RRN = Pattern.compile("\\d{6}\\s?-\\s?[\\d●*]{7}");
    /** A Korean phone number, perhaps masked: its digits one by one, masks left out. */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(0\\d{1,2})-([\\d*●]{3,4})-(\\d{4})(?!\\d)");
    /** Hyphen-joined digit groups or a long run of digits: a number that is a name, read digit by digit. */
    private static final Pattern CODE = Pattern.compile(
            "(?<!\\d)(?<!\\d[,.])\\d+(?:-\\d+)+(?!\\d)(?![,.]\\d)|(?<!\\d)(?<!\\d[,.])\\d{5,}(?!\\d)(?![,.]\\d)");
    /** A letter stuck to a number ("B0002242-6"): said apart. */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[A-Za-z])(?=\\d)");
    private static final Pattern MASK = Pattern.compile("[*●○]+");

    private final String registrationNumber;

    SpokenText(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    /** The rewriting for a language code ({@code ko}, {@code en}, {@code zh}, {@code vi}). */
    public static SpokenText forLanguage(String language) {
        switch (language) {
            case "ko":
                return new KoreanSpeech();
            case "zh":
                return new ChineseSpeech();
            case "vi":
                return new VietnameseSpeech();
            default:
                return new EnglishSpeech();
        }
    }

    /** {@code shown} as it is to be said. */
    public final String speakable(String shown) {
        String s = RRN.matcher(shown).replaceAll(Matcher.quoteReplacement(registrationNumber));
        s = replace(PHONE, s, m -> digits(m.group(1)) + ", " + digits(m.group(3)));
        s = s.replace('\n', ' ').replace(" · ", ", ").replace("·", ", ").replace('‘', ' ').replace('’', ' ')
                .replace('“', ' ').replace('”', ' ').replace('"', ' ').replace("…", ".");
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        s = language(s);
        s = replace(CODE, s, m -> m.group().replaceAll("\\D", "").length() >= 5 ? digits(m.group()) : m.group());
        s = numbers(s);
        s = MASK.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").replaceAll(" ([,.:;!?])", "$1").strip();
    }

    /** The language's own rewriting of times, dates, money and counts, before codes and plain numbers. */
    abstract String language(String s);

    /** Digits one by one: spaced, for a voice that reads each digit in its own language. */
    String digits(String digits) {
        return String.join(" ", digits.replaceAll("\\D", "").split(""));
    }

    /** Plain numbers left (with or without thousands separators): as they are, for a voice that reads them well. */
    String numbers(String s) {
        return s;
    }

    static String replace(Pattern p, String s, Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static long number(String withSeparators) {
        return Long.parseLong(withSeparators.replaceAll("[,.\\s]", ""));
    }
}
