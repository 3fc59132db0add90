package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle has the same keys, every key is used somewhere in the code, and sessions never share a language. */
class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/madang/ui/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> korean = new TreeSet<>(bundle("_ko").stringPropertyNames());
        assertThat(korean).isEqualTo(english);
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            code = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .map(MessagesTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("").stringPropertyNames()) {
            if (!code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyMessageKeyCoreAnswersWithIsInTheBundles() throws IOException {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"((?:booking|checkin|lottery|message|queue|document|verify|course|payment|search|resident)\\.[A-Za-z.]+)\"");
        Set<String> missing = new TreeSet<>();
        Properties english = bundle("");
        try (Stream<Path> files = Files.walk(Path.of("..", "core", "src", "main", "java").toAbsolutePath().normalize())) {
            files.filter(p -> p.toString().endsWith(".java")).map(MessagesTest::read)
                    .forEach(code -> literal.matcher(code).results().map(m -> m.group(1))
                            .filter(key -> !english.containsKey(key)).forEach(missing::add));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void writesDatesTimesAndCatalogueTextsInTheSessionsLanguage() {
        org.madang.core.Refusal refusal = org.madang.core.Refusal.of("checkin.refused.tooEarly",
                new org.madang.core.facility.Localized("배드민턴장", "Badminton court"),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(9, 30));
        org.madang.core.Refusal otherDay = org.madang.core.Refusal.of("checkin.refused.otherDay",
                new org.madang.core.facility.Localized("배드민턴장", "Badminton court"),
                java.time.LocalDateTime.of(2026, 12, 12, 10, 0), java.time.LocalTime.of(9, 30));
        assertThat(Messages.forLanguage("en").say(refusal)).isEqualTo(
                "It is too early: check-in for Badminton court at 10:00 opens at 09:30.");
        assertThat(Messages.forLanguage("en").say(otherDay)).isEqualTo(
                "This booking of Badminton court is for Sat 12 Dec, 10:00. Please check in on that day from 09:30.");
        assertThat(Messages.forLanguage("ko").say(refusal)).isEqualTo(
                "아직 이릅니다. 10:00 배드민턴장 입장 확인은 09:30부터 할 수 있습니다.");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachSessionSpeaksItsOwnLanguageWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(Messages.forLanguage("en").get("nav.home")).isEqualTo("Home");
            Locale.setDefault(Locale.US);
            assertThat(Messages.forLanguage("ko").get("nav.home")).isEqualTo("처음으로");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsNumbersAndPluralsPerLanguage() {
        assertThat(Messages.forLanguage("en").get("receipt.people", 1)).isEqualTo("1 person");
        assertThat(Messages.forLanguage("en").get("receipt.people", 3)).isEqualTo("3 people");
        assertThat(Messages.forLanguage("ko").get("receipt.people", 3)).isEqualTo("3명");
        assertThat(Messages.forLanguage("ko").get("booking.identify.card", "KIM", 1952)).contains("1952년생");
    }
}
