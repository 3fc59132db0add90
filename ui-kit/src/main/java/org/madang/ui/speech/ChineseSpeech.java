package org.madang.ui.speech;

import java.util.regex.Pattern;

/** Mandarin: numbers in characters (一万五千), years digit by digit, 两 before a measure word, 上午/下午. */
final class ChineseSpeech extends SpokenText {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[–~-]\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern MONEY = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)\\s?韩元");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d,])(\\d+)\\s?(人|个|份|页|位|次|门|组|处|点)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    ChineseSpeech() {
        super("身份证号码");
    }

    @Override
    String language(String s) {
        s = replace(RANGE, s, m -> time(m.group(1), m.group(2)) + "到" + time(m.group(3), m.group(4)));
        s = replace(TIME, s, m -> time(m.group(1), m.group(2)));
        s = replace(YEAR, s, m -> ChineseNumbers.digits(m.group(1)) + "年");
        s = replace(MONEY, s, m -> ChineseNumbers.of(number(m.group(1))) + "韩元");
        return replace(COUNT, s, m -> ChineseNumbers.count(Long.parseLong(m.group(1))) + m.group(2));
    }

    private static String time(String hour, String minute) {
        return ChineseNumbers.time(Integer.parseInt(hour), Integer.parseInt(minute));
    }

    @Override
    String digits(String digits) {
        return ChineseNumbers.digits(digits);
    }

    @Override
    String numbers(String s) {
        return replace(NUMBER, s, m -> ChineseNumbers.of(number(m.group())));
    }
}
