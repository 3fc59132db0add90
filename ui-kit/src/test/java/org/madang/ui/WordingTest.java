package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain words (ACCESSIBILITY.md #15), checked on every message a resident meets, in every
 * language: sentences short enough to read at a kiosk, and none of the words of programmers and
 * officials where a plain one exists (the list names the plain word to use).
 */
class WordingTest {
    /** The longest sentence: words for English and Vietnamese (one word a syllable), characters for Korean and Chinese. */
    private static final Map<String, Integer> LONGEST = Map.of("en", 25, "vi", 35, "ko", 60, "zh", 50);

    /** Words a resident should not meet, with what to say instead. */
    private static final Map<String, Map<String, String>> JARGON = Map.of(
            "en", Map.of("session", "visit", "timeout", "time is up", "invalid", "not right", "error", "something went wrong",
                    "database", "our records", "server", "our records", "system", "this centre", "input", "what you typed",
                    "user", "you", "authenticat", "show your ID card"),
            "ko", Map.of("세션", "이용", "타임아웃", "시간이 지났습니다", "유효하지", "맞지 않습니다", "에러", "문제가 생겼습니다",
                    "데이터베이스", "기록", "서버", "기록", "시스템", "이 센터", "입력값", "누른 내용", "사용자", "주민",
                    "디폴트", "처음 설정"),
            "zh", Map.of("会话", "这次使用", "超时", "时间到了", "无效", "不对", "数据库", "记录", "服务器", "记录",
                    "系统", "本中心", "用户", "您"),
            "vi", Map.of("phiên", "lần dùng", "hết thời gian chờ", "hết giờ", "không hợp lệ", "không đúng", "cơ sở dữ liệu", "hồ sơ",
                    "máy chủ", "hồ sơ", "hệ thống", "trung tâm này", "người dùng", "bạn"));

    private static final Pattern ARGUMENT = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!。！？])\\s*");

    private static Properties file(String lang) throws IOException {
        Properties p = new Properties();
        String suffix = "en".equals(lang) ? "" : "_" + lang;
        try (InputStream in = WordingTest.class.getResourceAsStream("/org/madang/ui/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static boolean residents(String key) {
        return Messages.STAFF_ONLY.stream().noneMatch(key::startsWith);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "zh", "vi"})
    void everySentenceAResidentReadsIsShort(String lang) throws IOException {
        Properties messages = file(lang);
        List<String> long_ = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            if (!residents(key)) {
                continue;
            }
            String text = ARGUMENT.matcher(messages.getProperty(key)).replaceAll("X");
            for (String sentence : SENTENCE_END.split(text)) {
                int length = "en".equals(lang) || "vi".equals(lang) ? sentence.trim().split("\\s+").length
                        : sentence.replaceAll("\\s", "").length();
                if (length > LONGEST.get(lang)) {
                    long_.add(key + " (" + length + "): " + sentence);
                }
            }
        }
        assertThat(long_).as("sentences longer than %d in %s: split them", LONGEST.get(lang), lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "zh", "vi"})
    void noMessageUsesAProgrammersOrOfficialsWordWhereAPlainOneExists(String lang) throws IOException {
        Properties messages = file(lang);
        List<String> found = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            if (!residents(key)) {
                continue;
            }
            String text = messages.getProperty(key);
            JARGON.get(lang).forEach((word, plain) -> {
                boolean latin = "en".equals(lang) || "vi".equals(lang);
                Pattern p = Pattern.compile((latin ? "(?iu)(?<!\\p{L})" : "") + Pattern.quote(word));
                if (p.matcher(text).find()) {
                    found.add(key + ": '" + word + "' (say '" + plain + "'): " + text);
                }
            });
        }
        assertThat(found).isEmpty();
    }
}
