package org.madang.ui;

import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font each kiosk language is drawn in (ACCESSIBILITY.md #16). Korean and English use the
 * site's Hangul font; Chinese needs simplified Han characters and Vietnamese its stacked
 * diacritics, which Korean fonts such as Nanum lack, so each finds a family that shows its own
 * script and Hangul too (the site's name and the staff's words stay Korean).
 */
public final class LanguageFonts {
    /** Text each language's font must show whole, Hangul included. */
    private static final Map<String, String> SAMPLES = Map.of(
            "ko", "한글 예약",
            "en", "Booking 한글",
            "zh", "预约设施选择日期 简体中文 한글",
            "vi", "Đặt chỗ tiếng Việt ở ữ ệ ỹ ẫ ặ 한글");
    /** Families to try first, per language; any installed family that shows the sample does otherwise. */
    private static final Map<String, List<String>> PREFERRED = Map.of(
            "zh", List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei"),
            "vi", List.of("Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", "Malgun Gothic", "Noto Sans CJK SC"));
    private static final Map<String, Optional<String>> FOUND = new ConcurrentHashMap<>();

    private LanguageFonts() {
    }

    /** What the font of {@code language} must show: its script, and Hangul. */
    public static String sample(String language) {
        String s = SAMPLES.get(language);
        if (s == null) {
            throw new IllegalArgumentException("no font sample for language " + language);
        }
        return s;
    }

    /**
     * The family to draw {@code language} in: {@code base} (the site's Hangul font) when it shows the
     * language's script, otherwise the first installed family that does; empty when none here does.
     */
    public static Optional<String> family(String language, String base) {
        String sample = sample(language);
        if (shows(base, sample)) {
            return Optional.of(base);
        }
        return FOUND.computeIfAbsent(language, l -> search(l, sample));
    }

    private static Optional<String> search(String language, String sample) {
        return InstalledFonts.first(PREFERRED.getOrDefault(language, List.of()), f -> shows(f, sample));
    }

    private static boolean shows(String family, String sample) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(sample) == -1;
    }
}
