package org.madang.ui.speech;

import java.util.Map;
import java.util.regex.Pattern;

/** Vietnamese: "14 giờ 30", dates as ngày … tháng … năm, weekdays in full; the voice reads numbers itself. */
final class VietnameseSpeech extends SpokenText {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[–~-]\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Th [2-7]|CN)\\b");
    private static final Map<String, String> DAYS = Map.of("Th 2", "thứ hai", "Th 3", "thứ ba", "Th 4", "thứ tư", "Th 5", "thứ năm",
            "Th 6", "thứ sáu", "Th 7", "thứ bảy", "CN", "chủ nhật");

    VietnameseSpeech() {
        super("số đăng ký cư trú");
    }

    @Override
    String language(String s) {
        s = replace(RANGE, s, m -> m.group(1) + " đến " + m.group(2));
        s = replace(TIME, s, m -> Integer.parseInt(m.group(1)) + " giờ" + ("00".equals(m.group(2)) ? "" : " " + Integer.parseInt(m.group(2))));
        s = replace(DATE, s, m -> "ngày " + m.group(1) + " tháng " + m.group(2) + (m.group(3) == null ? "" : " năm " + m.group(3)));
        return replace(WEEKDAY, s, m -> DAYS.get(m.group(1)));
    }
}
