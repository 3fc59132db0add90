package org.madang.ui;

/**
 * Builds Hangul syllables from jamo typed one at a time on a 2-beolsik (두벌식) keyboard, the
 * layout of every Korean phone and PC: a consonant then a vowel make a syllable, a following
 * consonant becomes its final (or the next syllable's initial when a vowel follows it), double
 * finals (ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ) and double vowels (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ) join, and
 * erasing takes back one jamo at a time. Jamo are the compatibility letters (U+3131–U+3163)
 * printed on the keys. No AWT: the keyboard widget shows {@link #text()}.
 */
public final class HangulComposer {
    /** Initial consonants in Unicode order (as compatibility jamo). */
    private static final String CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    /** Vowels in Unicode order. */
    private static final String JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Finals in Unicode order; index 0 (none) is a space here. */
    private static final String JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    private static final String[][] DOUBLE_JONG = {{"ㄱㅅ", "ㄳ"}, {"ㄴㅈ", "ㄵ"}, {"ㄴㅎ", "ㄶ"}, {"ㄹㄱ", "ㄺ"}, {"ㄹㅁ", "ㄻ"},
            {"ㄹㅂ", "ㄼ"}, {"ㄹㅅ", "ㄽ"}, {"ㄹㅌ", "ㄾ"}, {"ㄹㅍ", "ㄿ"}, {"ㄹㅎ", "ㅀ"}, {"ㅂㅅ", "ㅄ"}};
    private static final String[][] DOUBLE_JUNG = {{"ㅗㅏ", "ㅘ"}, {"ㅗㅐ", "ㅙ"}, {"ㅗㅣ", "ㅚ"}, {"ㅜㅓ", "ㅝ"}, {"ㅜㅔ", "ㅞ"},
            {"ㅜㅣ", "ㅟ"}, {"ㅡㅣ", "ㅢ"}};

    private final StringBuilder done = new StringBuilder();
    private final int limit;
    /** The syllable being composed: its initial, vowel and final (0 when absent; the jamo otherwise). */
    private char cho;
    private char jung;
    private char jong;

    /** @param limit the most characters the text may hold (the composing syllable counts as one) */
    public HangulComposer(int limit) {
        this.limit = limit;
    }

    /** Whether {@code c} is a consonant or vowel key of the keyboard. */
    public static boolean isJamo(char c) {
        return CHO.indexOf(c) >= 0 || JUNG.indexOf(c) >= 0;
    }

    /** Types a jamo (a consonant or a vowel); anything else is typed as it is (a space, a digit, a full stop). */
    public void type(char c) {
        if (CHO.indexOf(c) >= 0 && !isVowel(c)) {
            consonant(c);
        } else if (isVowel(c)) {
            vowel(c);
        } else {
            commit();
            if (room()) {
                done.append(c);
            }
        }
    }

    private static boolean isVowel(char c) {
        return JUNG.indexOf(c) >= 0;
    }

    private void consonant(char c) {
        if (jung != 0 && cho != 0 && jong == 0 && JONG.indexOf(c) > 0) {
            jong = c;
            return;
        }
        if (jong != 0) {
            String joined = join(DOUBLE_JONG, jong, c);
            if (joined != null) {
                jong = joined.charAt(0);
                return;
            }
        }
        commit();
        if (room()) {
            cho = c;
        }
    }

    private void vowel(char c) {
        if (jong != 0) {
            // the final moves on to begin the next syllable (of a double final, its second half)
            char moving = jong;
            String split = splitDouble(jong);
            if (split != null) {
                jong = split.charAt(0);
                moving = split.charAt(1);
            } else {
                jong = 0;
            }
            commit();
            if (room()) {
                cho = moving;
                jung = c;
            }
            return;
        }
        if (jung != 0) {
            String joined = join(DOUBLE_JUNG, jung, c);
            if (joined != null) {
                jung = joined.charAt(0);
                return;
            }
            commit();
            if (room()) {
                jung = c;
            }
            return;
        }
        if (cho != 0) {
            jung = c;
            return;
        }
        if (room()) {
            jung = c;
        }
    }

    /** Takes back the last jamo typed (half of a double one first); with nothing composing, the last character. */
    public void erase() {
        if (jong != 0) {
            String split = splitDouble(jong);
            jong = split == null ? 0 : split.charAt(0);
        } else if (jung != 0) {
            String split = splitDouble(jung);
            jung = split == null ? 0 : split.charAt(0);
        } else if (cho != 0) {
            cho = 0;
        } else if (done.length() > 0) {
            done.setLength(done.length() - 1);
        }
    }

    /** Finishes the syllable being composed (a space, another key, or leaving the keyboard). */
    public void commit() {
        String s = composing();
        done.append(s);
        cho = 0;
        jung = 0;
        jong = 0;
    }

    /** Everything typed, the syllable being composed included. */
    public String text() {
        return done + composing();
    }

    /** Starts over with {@code text} (nothing composing). */
    public void reset(String text) {
        done.setLength(0);
        done.append(text.length() > limit ? text.substring(0, limit) : text);
        cho = 0;
        jung = 0;
        jong = 0;
    }

    private boolean room() {
        return done.length() < limit;
    }

    /** The syllable (or lone jamo) being composed, or "". */
    private String composing() {
        if (cho != 0 && jung != 0) {
            int code = 0xAC00 + (CHO.indexOf(cho) * JUNG.length() + JUNG.indexOf(jung)) * JONG.length() + (jong == 0 ? 0 : JONG.indexOf(jong));
            return String.valueOf((char) code);
        }
        if (cho != 0) {
            return String.valueOf(cho);
        }
        if (jung != 0) {
            return String.valueOf(jung);
        }
        return "";
    }

    private static String join(String[][] pairs, char first, char second) {
        String key = "" + first + second;
        for (String[] p : pairs) {
            if (p[0].equals(key)) {
                return p[1];
            }
        }
        return null;
    }

    /** The two halves of a double final or vowel, or null for a single one. */
    private static String splitDouble(char c) {
        for (String[] p : DOUBLE_JONG) {
            if (p[1].charAt(0) == c) {
                return p[0];
            }
        }
        for (String[] p : DOUBLE_JUNG) {
            if (p[1].charAt(0) == c) {
                return p[0];
            }
        }
        return null;
    }
}
