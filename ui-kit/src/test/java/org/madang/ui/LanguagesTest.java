package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese and Vietnamese (ACCESSIBILITY.md #16): every word a resident can meet is in the
 * language's own file, never borrowed from English through the bundle's parent, says the same
 * values in the same places, and formats.
 */
class LanguagesTest {
    /** Texts that are the same in every language: each language's own name, the Shift key, bare values. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("kiosk.language.ko", "kiosk.language.en", "kiosk.language.zh",
            "kiosk.language.vi", "kiosk.keyboard.shift", "queue.ticket.service", "courses.cancel.what", "courses.filter.wordsShown",
            "mine.cancel.what", "documents.pin.ok", "scenario.ok", "practice.signin.ok", "practice.chooser.language");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties file(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LanguagesTest.class.getResourceAsStream("/org/madang/ui/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static boolean residents(String key) {
        return Messages.STAFF_ONLY.stream().noneMatch(key::startsWith);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "vi"})
    void everyResidentsWordIsTranslatedInItsOwnFile(String lang) throws IOException {
        Properties english = file("");
        Properties own = file("_" + lang);
        Set<String> missing = new TreeSet<>();
        Set<String> stillEnglish = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!residents(key)) {
                continue;
            }
            String text = own.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            } else if (text.equals(english.getProperty(key)) && !SAME_EVERYWHERE.contains(key)) {
                stillEnglish.add(key);
            }
        }
        assertThat(missing).as("keys of %s that would fall back to English", lang).isEmpty();
        assertThat(stillEnglish).as("keys of %s left in English", lang).isEmpty();
        assertThat(own.stringPropertyNames()).as("%s has only keys the English file has", lang)
                .isSubsetOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "zh", "vi"})
    void everyTranslationTakesTheSameValuesAsTheEnglishAndFormats(String lang) throws IOException {
        Properties english = file("");
        Properties own = file("_" + lang);
        Map<String, String> wrong = new TreeMap<>();
        for (String key : own.stringPropertyNames()) {
            if (key.startsWith("format.")) {
                continue;
            }
            Set<String> want = arguments(english.getProperty(key));
            Set<String> got = arguments(own.getProperty(key));
            if (!want.equals(got)) {
                wrong.put(key, "takes " + got + ", English takes " + want);
                continue;
            }
            if (!want.isEmpty()) {
                try {
                    new MessageFormat(own.getProperty(key), java.util.Locale.forLanguageTag(lang));
                } catch (IllegalArgumentException e) {
                    wrong.put(key, "does not format: " + e.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "vi"})
    void theStaffsWordsStayInKoreanAndEnglish(String lang) throws IOException {
        assertThat(file("_" + lang).stringPropertyNames()).noneMatch(k -> !residents(k));
    }

    @org.junit.jupiter.api.Test
    void datesMoneyAndPluralsFollowEachLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 12);
        org.madang.core.Refusal refusal = org.madang.core.Refusal.of("booking.refused.notYet", day);
        assertThat(Messages.forLanguage("zh").say(refusal)).isEqualTo("这一天的预约从2026年12月12日 周六开始。请到时再来。");
        assertThat(Messages.forLanguage("vi").say(refusal)).isEqualTo("Việc đặt chỗ cho ngày này mở vào Th 7, 12/12/2026. Xin quay lại khi đó.");
        assertThat(Messages.forLanguage("zh").get("money.won", "15,000")).isEqualTo("15,000韩元");
        assertThat(Messages.forLanguage("vi").get("money.won", "15.000")).isEqualTo("15.000 won");
        assertThat(Messages.forLanguage("zh").get("queue.lines.waiting", 0, 0)).startsWith("无人等候");
        assertThat(Messages.forLanguage("vi").get("queue.ticket.ahead", 2, 10)).isEqualTo("Có 2 người trước bạn. Chờ khoảng 10 phút.");
    }

    @org.junit.jupiter.api.Test
    void everyKioskLanguageNamesItselfInItsOwnScript() {
        for (String lang : Messages.KIOSK_LANGUAGES) {
            Set<String> names = new TreeSet<>();
            for (String other : Messages.KIOSK_LANGUAGES) {
                names.add(Messages.forLanguage(other).get("kiosk.language." + lang));
            }
            assertThat(names).as("the name of %s, whatever the session's language", lang).hasSize(1);
        }
        assertThat(Messages.forLanguage("ko").get("kiosk.language.zh")).isEqualTo("中文");
        assertThat(Messages.forLanguage("en").get("kiosk.language.vi")).isEqualTo("Tiếng Việt");
    }
}
