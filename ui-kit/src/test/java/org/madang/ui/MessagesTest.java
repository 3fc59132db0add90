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
