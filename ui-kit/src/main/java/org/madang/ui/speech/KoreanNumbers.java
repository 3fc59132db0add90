package org.madang.ui.speech;

/**
 * Numbers read the Korean way: sino-Korean (일, 이, 삼 … 만, 억) for money, dates, minutes and
 * most counts; native Korean (한, 두, 세 … 스무) before counters such as 시, 명, 개 and 시간.
 */
public final class KoreanNumbers {
    private static final String[] DIGITS = {"", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
    private static final String[] SMALL_UNITS = {"", "십", "백", "천"};
    private static final String[] LARGE_UNITS = {"", "만", "억", "조", "경"};
    private static final String[] NATIVE_ONES = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
    private static final String[] NATIVE_TENS = {"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};

    private KoreanNumbers() {
    }

    /**
     * A number in sino-Korean words, groups of four digits apart as Korean spacing has them:
     * 1,000,000 → "백만", 15,000 → "만 오천", 12,345 → "만 이천삼백사십오", 0 → "영".
     */
    public static String sino(long n) {
        if (n == 0) {
            return "영";
        }
        if (n < 0) {
            return "마이너스 " + sino(-n);
        }
        StringBuilder out = new StringBuilder();
        int group = 0;
        while (n > 0) {
            int four = (int) (n % 10_000);
            if (four > 0) {
                // 만, not 일만: a lone one before 만 is not said (but 억 keeps 일억)
                String words = four == 1 && group == 1 ? "" : underTenThousand(four);
                String part = words + LARGE_UNITS[group];
                out.insert(0, out.length() == 0 ? part : part + " ");
            }
            n /= 10_000;
            group++;
        }
        return out.toString();
    }

    private static String underTenThousand(int n) {
        StringBuilder out = new StringBuilder();
        for (int place = 3; place >= 0; place--) {
            int d = (n / (int) Math.pow(10, place)) % 10;
            if (d == 0) {
                continue;
            }
            // 십, 백, 천 without 일 before them
            out.append(d == 1 && place > 0 ? "" : DIGITS[d]).append(SMALL_UNITS[place]);
        }
        return out.toString();
    }

    /**
     * A count before a counter in native Korean (1–99: 한, 두, 세, 스무, 스물한 …); sino-Korean
     * from 100, as people say "백 명".
     */
    public static String nativeCount(int n) {
        if (n <= 0 || n >= 100) {
            return sino(n);
        }
        if (n == 20) {
            return "스무";
        }
        return NATIVE_TENS[n / 10] + NATIVE_ONES[n % 10];
    }

    /** The native number before 번째 (an ordinal): 1 is 첫 (첫 번째), then 두, 세, 네 … */
    public static String ordinal(int n) {
        return n == 1 ? "첫" : nativeCount(n);
    }

    /** A month's name: 유월 and 시월 drop a sound, the others are the number and 월. */
    public static String month(int month) {
        if (month == 6) {
            return "유월";
        }
        if (month == 10) {
            return "시월";
        }
        return sino(month) + "월";
    }

    /** A time of day as said aloud: 14:30 → "오후 두 시 삼십 분", 09:00 → "오전 아홉 시", 12:00 → "낮 열두 시". */
    public static String time(int hour, int minute) {
        String part = hour < 12 ? "오전" : hour == 12 && minute == 0 ? "낮" : "오후";
        int h = hour % 12 == 0 ? 12 : hour % 12;
        String said = part + " " + nativeCount(h) + " 시";
        return minute == 0 ? said : said + " " + sino(minute) + " 분";
    }

    /** Each digit on its own, as a number that is a name (a booking or phone number) is read: "0042" → "공 공 사 이". */
    public static String digits(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(c == '0' ? "공" : DIGITS[c - '0']);
            }
        }
        return out.toString();
    }
}
