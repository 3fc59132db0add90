package org.madang.ui.speech;

/** Numbers in Chinese characters, as Mandarin reads them: 15000 → 一万五千, 2 before a measure → 两. */
public final class ChineseNumbers {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
    private static final String[] LARGE_UNITS = {"", "万", "亿", "万亿"};

    private ChineseNumbers() {
    }

    /** 0 → 零, 10 → 十, 15 → 十五, 105 → 一百零五, 15000 → 一万五千, 1000000 → 一百万. */
    public static String of(long n) {
        if (n == 0) {
            return "零";
        }
        if (n < 0) {
            return "负" + of(-n);
        }
        int groups = 0;
        for (long m = n; m > 0; m /= 10_000) {
            groups++;
        }
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int group = groups - 1; group >= 0; group--) {
            int four = (int) (n / (long) Math.pow(10_000, group) % 10_000);
            if (four == 0) {
                gap = out.length() > 0;
                continue;
            }
            // a gap inside the number (a missing thousand, an empty group) is read as one 零
            if (out.length() > 0 && (gap || four < 1000)) {
                out.append('零');
            }
            out.append(underTenThousand(four)).append(LARGE_UNITS[group]);
            gap = false;
        }
        String s = out.toString();
        // 一十 at the very start is said 十
        return s.startsWith("一十") ? s.substring(1) : s;
    }

    private static String underTenThousand(int n) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int d = (n / (int) Math.pow(10, place)) % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS[d]).append(SMALL_UNITS[place]);
        }
        return out.toString();
    }

    /** A count before a measure word: 2 is 两 (两个人, 两点). */
    public static String count(long n) {
        return n == 2 ? "两" : of(n);
    }

    /** Each digit on its own (a booking or phone number): "0042" → "零零四二". */
    public static String digits(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(DIGITS[c - '0']);
            }
        }
        return out.toString();
    }

    /** A time of day: 14:30 → 下午两点三十分, 09:00 → 上午九点. */
    public static String time(int hour, int minute) {
        String part = hour < 12 ? "上午" : hour == 12 ? "中午" : "下午";
        int h = hour % 12 == 0 ? 12 : hour % 12;
        String said = part + count(h) + "点";
        return minute == 0 ? said : said + of(minute) + "分";
    }
}
