package org.madang.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A {@code site.yaml} fuzzed and the slips people make in one: never an uncaught exception, always
 * a configuration or a plain message naming the file and line (FUZZING in README).
 */
class SiteFileProperties {
    private static final String SEED = "20261202";
    private final SiteConfigLoader loader = new SiteConfigLoader();

    private void loadsOrSaysWhere(String text) {
        try {
            loader.loadText(text, "site.yaml", Map.of(), List.of());
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith("site.yaml").doesNotContain("Exception", "null");
        }
    }

    @Provide
    Arbitrary<String> siteLike() {
        Arbitrary<String> key = Arbitraries.of("site", "name", "terminal", "id", "role", "kiosk", "counter", "number", "services", "screen",
                "widthPx", "ui", "fullscreen", "languages", "devices", "receiptPrinter", "x");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("kiosk", "1080", "true", "[ko, en]", "simulated", "'", "\"", "- a",
                ": :", "{", "~", "0x1F", "2026-12-02"), Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> indent = Arbitraries.of("", "  ", "    ", "\t", " ");
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(indent, key, value).as((i, k, v) -> i + k + ": " + v);
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Property(seed = SEED)
    void anySiteLikeTextLoadsOrIsNamedByLine(@ForAll("siteLike") String text) {
        loadsOrSaysWhere(text);
    }

    @Property(seed = SEED)
    void anyTextAtAllLoadsOrIsNamed(@ForAll @Size(max = 200) String text) {
        loadsOrSaysWhere(text);
    }

    @Property(seed = SEED, tries = 200)
    void anyBytesInTheFileLoadOrAreNamed(@ForAll @Size(max = 200) byte[] bytes) throws Exception {
        Path file = Files.createTempFile("site", ".yaml");
        try {
            Files.write(file, bytes);
            loader.load(file, Map.of(), List.of());
        } catch (ConfigException e) {
            assertThat(e.getMessage()).contains(file.toString()).doesNotContain("Exception", "Input length");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithBothLines() {
        assertThatThrownBy(() -> loader.loadText("site:\n  name: 마당\n  name: 다른 이름\n", "site.yaml", Map.of(), List.of()))
                .isInstanceOf(ConfigException.class).hasMessage("site.yaml:3 site.name: given twice (first at site.yaml:2)");
    }

    @Test
    void aListWhereOneValueBelongsIsRefusedNotJoined() {
        assertThatThrownBy(() -> loader.loadText("site:\n  name: [마당, 센터]\n", "site.yaml", Map.of(), List.of()))
                .isInstanceOf(ConfigException.class).hasMessage("site.yaml:2 site.name: takes one value, not a list");
    }

    @Test
    void aTabIsNamedOnItsOwnLine() {
        assertThatThrownBy(() -> loader.loadText("site:\n\tname: 마당\n", "site.yaml", Map.of(), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("site.yaml:2: not valid YAML");
    }

    @Test
    void bytesThatAreNotTextAreSaidToBeSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00, 0x12});
        assertThatThrownBy(() -> loader.load(file, Map.of(), List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not UTF-8 text");
        assertThat(new String(new byte[] {0x41}, StandardCharsets.UTF_8)).isEqualTo("A");
    }
}
