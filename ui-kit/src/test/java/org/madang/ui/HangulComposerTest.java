package org.madang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typing jamo by jamo as on a 2-beolsik keyboard. */
class HangulComposerTest {

    private static String typed(String keys) {
        HangulComposer c = new HangulComposer(100);
        keys.chars().forEach(k -> c.type((char) k));
        return c.text();
    }

    @Test
    void consonantsAndVowelsMakeSyllablesAndAFinalMovesOnBeforeAVowel() {
        assertThat(typed("ㅎㅏㄴㄱㅡㄹ")).isEqualTo("한글");
        assertThat(typed("ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ")).isEqualTo("안녕하세요");
        assertThat(typed("ㅇㅛㄱㅏ ㄱㅛㅅㅣㄹ")).isEqualTo("요가 교실");
        assertThat(typed("ㄷㅏㄲㅏ")).isEqualTo("다까");
    }

    @Test
    void doubleFinalsAndDoubleVowelsJoinAndSplitAgain() {
        assertThat(typed("ㄷㅏㄹㄱ")).isEqualTo("닭");
        assertThat(typed("ㄷㅏㄹㄱㅏ")).isEqualTo("달가");
        assertThat(typed("ㄱㅏㅂㅅㅇㅣ")).isEqualTo("값이");
        assertThat(typed("ㄱㅏㅂㅅㅣ")).isEqualTo("갑시");
        assertThat(typed("ㅇㅗㅐ")).isEqualTo("왜");
        assertThat(typed("ㅇㅡㅣㅅㅏ")).isEqualTo("의사");
        assertThat(typed("ㄱㅜㅓㄴ")).isEqualTo("권");
    }

    @Test
    void loneJamoStayAsTheyAre() {
        assertThat(typed("ㅋㅋ")).isEqualTo("ㅋㅋ");
        assertThat(typed("ㅏㅏ")).isEqualTo("ㅏㅏ");
        assertThat(typed("ㄸㅏㄸ")).isEqualTo("따ㄸ");
        assertThat(typed("1ㄱㅏ.")).isEqualTo("1가.");
    }

    @Test
    void eraseTakesBackOneJamoAtATime() {
        HangulComposer c = new HangulComposer(100);
        "ㅎㅏㄴㄷㅏㄹㄱ".chars().forEach(k -> c.type((char) k));
        assertThat(c.text()).isEqualTo("한닭");
        c.erase();
        assertThat(c.text()).isEqualTo("한달");
        c.erase();
        assertThat(c.text()).isEqualTo("한다");
        c.erase();
        assertThat(c.text()).isEqualTo("한ㄷ");
        c.erase();
        assertThat(c.text()).isEqualTo("한");
        c.erase();
        assertThat(c.text()).isEmpty();
        c.type('ㅘ');
        c.erase();
        assertThat(c.text()).isEqualTo("ㅗ");
    }

    @Test
    void theTextKeepsToItsLimit() {
        HangulComposer c = new HangulComposer(3);
        "ㄱㅏㄴㅏㄷㅏㄹㅏ".chars().forEach(k -> c.type((char) k));
        assertThat(c.text()).isEqualTo("가나다");
        c.reset("요가 교실");
        assertThat(c.text()).isEqualTo("요가 ");
    }
}
