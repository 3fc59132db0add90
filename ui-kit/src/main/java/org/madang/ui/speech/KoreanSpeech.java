package org.madang.ui.speech;

import java.util.Map;
import java.util.regex.Pattern;

/** Korean: sino-Korean for money, dates and minutes; native numbers before 시, 명, 개; 오전/오후. */
final class KoreanSpeech extends SpokenText {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[–~-]\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern MONEY = Pattern.compile("₩\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)|(\\d{1,3}(?:,\\d{3})+|\\d+)\\s?원");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s?년");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s?월");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s?일");
    private static final Pattern WEEKDAY = Pattern.compile("\\(([월화수목금토일])\\)");
    private static final Pattern NATIVE = Pattern.compile("(?<![\\d,])(\\d{1,2})\\s?(명|개|시간|시|살|장|곳|번째|권|대|군데|가지|사람|팀|자리)");
    private static final Pattern SINO = Pattern.compile("(?<![\\d,])(\\d+)\\s?(분|초|회|번|부|층|호|쪽|페이지|퍼센트|%|주|년|차)");
    /** A count of times ("4번 더 틀리면", "5번 연속"): native, unlike a number that names ("1번 코트"). */
    private static final Pattern TIMES = Pattern.compile("(?<![\\d,])(\\d{1,2})\\s?번(?=\\s?(?:더|연속|틀|잘못|까지))");
    /** A range of counts ("4~6자리"): both native, the counter after each. */
    private static final Pattern COUNT_RANGE = Pattern.compile(
            "(?<![\\d,])(\\d{1,2})\\s?[~–-]\\s?(\\d{1,2})\\s?(명|개|시간|자리|장|곳|팀)");
    /** "3 / 8" (the third notice of eight): 여덟 개 중 세 번째. */
    private static final Pattern OF = Pattern.compile("(?<![\\d,])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d,])");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Map<String, String> DAYS = Map.of("월", "월요일", "화", "화요일", "수", "수요일", "목", "목요일",
            "금", "금요일", "토", "토요일", "일", "일요일");

    KoreanSpeech() {
        super("주민등록번호");
    }

    @Override
    String language(String s) {
        s = replace(RANGE, s, m -> time(m.group(1), m.group(2)) + "부터 " + time(m.group(3), m.group(4)) + "까지");
        s = replace(TIME, s, m -> time(m.group(1), m.group(2)));
        s = replace(MONEY, s, m -> KoreanNumbers.sino(number(m.group(1) != null ? m.group(1) : m.group(2))) + " 원");
        s = replace(YEAR, s, m -> KoreanNumbers.sino(Long.parseLong(m.group(1))) + " 년");
        s = replace(MONTH, s, m -> KoreanNumbers.month(Integer.parseInt(m.group(1))));
        s = replace(DAY, s, m -> KoreanNumbers.sino(Long.parseLong(m.group(1))) + " 일");
        s = replace(WEEKDAY, s, m -> " " + DAYS.get(m.group(1)));
        s = replace(TIMES, s, m -> KoreanNumbers.nativeCount(Integer.parseInt(m.group(1))) + " 번");
        s = replace(COUNT_RANGE, s, m -> KoreanNumbers.nativeCount(Integer.parseInt(m.group(1))) + " " + m.group(3) + "에서 "
                + KoreanNumbers.nativeCount(Integer.parseInt(m.group(2))) + " " + m.group(3));
        s = replace(OF, s, m -> KoreanNumbers.nativeCount(Integer.parseInt(m.group(2))) + " 개 중 "
                + KoreanNumbers.ordinal(Integer.parseInt(m.group(1))) + " 번째");
        s = replace(NATIVE, s, m -> ("번째".equals(m.group(2)) ? KoreanNumbers.ordinal(Integer.parseInt(m.group(1)))
                : KoreanNumbers.nativeCount(Integer.parseInt(m.group(1)))) + " " + m.group(2));
        s = replace(SINO, s, m -> KoreanNumbers.sino(Long.parseLong(m.group(1))) + " " + ("%".equals(m.group(2)) ? "퍼센트" : m.group(2)));
        return s;
    }

    private static String time(String hour, String minute) {
        return KoreanNumbers.time(Integer.parseInt(hour), Integer.parseInt(minute));
    }

    @Override
    String digits(String digits) {
        return KoreanNumbers.digits(digits);
    }

    @Override
    String numbers(String s) {
        return replace(NUMBER, s, m -> KoreanNumbers.sino(number(m.group())));
    }
}
