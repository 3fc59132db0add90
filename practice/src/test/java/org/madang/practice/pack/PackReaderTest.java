package org.madang.practice.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.practice.scenario.Pack;

/**
 * Scenario packs: every shipped pack loads with its lessons; an instructor's pack with a mistake
 * is refused with {@code pack.yaml:LINE} and what is wrong — one mistake of each kind.
 */
class PackReaderTest {
    private static final String FASTFOOD = "/org/madang/practice/packs/fastfood/";

    @Test
    void everyShippedPackLoadsWithTwoToFourLessonsAndItsOwnLook() {
        List<Pack> packs = Packs.shipped();
        assertThat(packs).isNotEmpty();
        for (Pack p : packs) {
            assertThat(p.lessons()).as(p.id()).hasSizeBetween(2, 4);
            assertThat(p.picture(p.look().logo())).as(p.id() + " logo").isPresent();
        }
        assertThat(packs.stream().map(p -> p.look().accent()).distinct()).as("each pack its own colour").hasSameSizeAs(packs);
    }

    /** A copy of the burger shop's pack in a folder, {@code from} replaced by {@code to} in its pack.yaml. */
    private static Path pack(Path dir, String from, String to) throws IOException {
        for (String f : List.of("pack.yaml", "logo.svg", "burger.svg", "cheeseburger.svg", "chicken.svg", "fries.svg", "nuggets.svg", "cola.svg",
                "cider.svg", "coffee.svg", "tray.svg", "bag.svg")) {
            try (InputStream in = PackReaderTest.class.getResourceAsStream(FASTFOOD + f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        Path yaml = dir.resolve("pack.yaml");
        String text = Files.readString(yaml);
        assertThat(text).as("the text to replace").contains(from);
        Files.writeString(yaml, text.replace(from, to));
        return dir;
    }

    private static int lineOf(Path dir, String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("pack.yaml"));
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).contains(text)) {
                return k + 1;
            }
        }
        throw new AssertionError(text + " not in the pack");
    }

    @Test
    void aCopyOfAShippedPackReadsFromItsFolder(@TempDir Path dir) throws Exception {
        Pack p = new PackReader().read(pack(dir, "pack: fastfood", "pack: fastfood"));
        assertThat(p.lessons()).hasSize(3);
        assertThat(p.picture("burger.svg")).isPresent();
        assertThat(p.picture("../pack.yaml")).as("nothing outside the folder").isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = { // no quoting: the mistakes quote with ' and "
        "picture: bag.svg|picture: sack.svg|no picture 'sack.svg' in the pack's folder|",
        "next: cart|next: basket|screen 'menu' leads to 'basket', which is not a screen|",
        "accent: \"#B3121F\"|accent: \"#FFFFFF\"|contrast 1.0:1; at least 4.5:1 is needed|onAccent:",
        "control: item.bulgogi,|control: item.bulgogy,|screen 'menu' has no control 'item.bulgogy'|",
        "goal: {done: {place: takeout, item.bulgogi|goal: {done: {seat: takeout, item.bulgogi|an order has no 'seat'|",
        "widget: cart|widget: basket|no widget 'basket'|",
        "options: [set]}|options: [sett]}|no option group 'sett'|",
        "methods: [card, qr, cash]|methods: [card, cheque]|no way to pay 'cheque'|",
        "price: 4800|price: lots|'lots' is not a whole number|",
        "background: \"#FFF8EE\"|background: FFF8EE|'FFF8EE' is not a colour|",
        "start: where|start: menu|screen 'where' is never reached|- id: where",
        "    title: {ko: 메뉴를 고르세요, en: Choose your food}|    title: {ko: 메뉴를 고르세요}|'en' is missing|",
    })
    void eachMistakeIsNamedWithItsLine(String from, String to, String problem, String at, @TempDir Path dir) throws Exception {
        Path folder = pack(dir, from, to);
        int line = lineOf(folder, at == null ? to.strip() : at);
        assertThatThrownBy(() -> new PackReader().read(folder)).isInstanceOf(PackException.class)
                .hasMessageStartingWith(folder.resolve("pack.yaml") + ":")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(Integer.parseInt(e.getMessage().substring(folder.resolve("pack.yaml").toString().length() + 1)
                        .split(":")[0])).as("the line of %s in %s", to, e.getMessage()).isBetween(line - 2, line));
    }

    @Test
    void aPackThatIsNotTextOrNotThereSaysSo(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new PackReader().read(dir)).hasMessageContaining("no such file");
        Files.write(dir.resolve("pack.yaml"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41});
        assertThatThrownBy(() -> new PackReader().read(dir)).hasMessage(dir.resolve("pack.yaml") + ": not UTF-8 text");
        Files.writeString(dir.resolve("pack.yaml"), "pack: a\n\ttitle: x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PackReader().read(dir)).hasMessageStartingWith(dir.resolve("pack.yaml") + ":2: not valid YAML");
    }

    @Test
    void aBrokenPictureIsRefused(@TempDir Path dir) throws Exception {
        Path folder = pack(dir, "pack: fastfood", "pack: fastfood");
        Files.writeString(folder.resolve("bag.svg"), "this is not a picture");
        assertThatThrownBy(() -> new PackReader().read(folder)).hasMessageContaining("picture 'bag.svg' cannot be read");
    }
}
