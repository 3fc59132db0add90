package org.madang.practice.scenario;

import java.text.NumberFormat;
import java.util.Locale;

/** Won as a kiosk writes them: 6,500원 in Korean, ₩6,500 in English. */
public final class Money {
    private Money() {
    }

    public static String format(int won, String language) {
        String digits = NumberFormat.getIntegerInstance(Locale.KOREA).format(won);
        return "ko".equals(language) ? digits + "원" : "₩" + digits;
    }
}
