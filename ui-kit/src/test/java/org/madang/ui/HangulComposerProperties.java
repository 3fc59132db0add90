package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kiosk's Korean keyboard fuzzed: any sequence of its keys — consonants, vowels, space,
 * digits, erase, a commit — composes without an exception, never holds more than its limit, and
 * erases back to nothing (FUZZING in README).
 */
class HangulComposerProperties {
    private static final String KEYS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ 0123456789.";

    @Provide
    Arbitrary<List<Character>> presses() {
        // '\b' erases, '\n' commits: as the keyboard's own keys do
        return Arbitraries.of((KEYS + "\b\b\b\n").chars().mapToObj(c -> (char) c).toList()).list().ofMaxSize(60);
    }

    @Property(seed = "20261202")
    void anyKeysComposeWithinTheLimitAndEraseBackToNothing(@ForAll("presses") List<Character> keys) {
        HangulComposer composer = new HangulComposer(12);
        for (char c : keys) {
            switch (c) {
                case '\b' -> composer.erase();
                case '\n' -> composer.commit();
                default -> composer.type(c);
            }
            assertThat(composer.text().length()).isLessThanOrEqualTo(12);
            assertThat(composer.text().chars().allMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3 || KEYS.indexOf(ch) >= 0)).isTrue();
        }
        for (int i = 0; i < 60; i++) {
            composer.erase();
        }
        assertThat(composer.text()).isEmpty();
    }
}
