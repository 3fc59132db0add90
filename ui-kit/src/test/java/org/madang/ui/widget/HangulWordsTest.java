package org.madang.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.BadLocationException;
import javax.swing.text.View;
import org.junit.jupiter.api.Test;
import org.madang.config.ScreenGeometry;
import org.madang.ui.HangulFonts;
import org.madang.ui.ScreenScale;

/** A Korean line breaks between words, never inside one ("끊" over "김"), on an HTML kiosk button. */
class HangulWordsTest {
    private static final String PAUSED = "<html><center>예약<br>잠시 멈춤 (군청 연결 끊김)</center></html>";

    @Test
    void koreanTextBreaksAtSpacesAndChineseBetweenAnyCharacters() {
        assertThat(HangulWords.breaksAtSpaces("잠시 멈춤 (군청 연결 끊김)")).isTrue();
        assertThat(HangulWords.breaksAtSpaces("10월 3일 Kim")).isTrue();
        assertThat(HangulWords.breaksAtSpaces("暂停 (与县里的连接中断)")).as("Chinese has no spaces to break at").isFalse();
        assertThat(HangulWords.breaksAtSpaces("주민센터 住民中心")).as("mixed with Chinese: the line breaker's way").isFalse();
        assertThat(HangulWords.breaksAtSpaces("Tạm dừng")).as("Vietnamese: the line breaker's way").isFalse();
    }

    @Test
    void aNarrowButtonBreaksItsKoreanLinesOnlyBetweenWordsWhateverItsFont() throws BadLocationException {
        String family = HangulFonts.find(Optional.empty()).orElseThrow(() -> new AssertionError("a Hangul font is installed (madang test installs one)"));
        TouchButton tile = new TouchButton("tile", PAUSED, "tile", new ScreenScale(new ScreenGeometry(1080, 1920, 237, 421, 800, 12), family));
        tile.setFont(new Font(family, Font.PLAIN, 40));
        assertThat(tile.getText()).as("the text as it was set").isEqualTo(PAUSED);
        assertThat(tile.getAccessibleContext().getAccessibleName()).isEqualTo("예약 잠시 멈춤 (군청 연결 끊김)");
        for (int width : new int[] {150, 190, 230, 300}) {
            assertThat(lines((View) tile.getClientProperty(BasicHTML.propertyKey), width)).as("at %d px", width)
                    .hasSizeGreaterThan(1).allMatch(HangulWordsTest::wholeWords);
        }
        List<String> unglued = new ArrayList<>();
        for (int width = 120; width <= 400; width += 10) {
            unglued.addAll(lines(BasicHTML.createHTMLView(tile, PAUSED), width));
        }
        assertThat(unglued).as("Swing's own view breaks inside a word at some width").anyMatch(line -> !wholeWords(line));
        tile.setFont(new Font(family, Font.BOLD, 44)); // the look and feel makes its view afresh
        for (int width : new int[] {150, 190, 230}) {
            assertThat(lines((View) tile.getClientProperty(BasicHTML.propertyKey), width)).as("at %d px, bold", width)
                    .allMatch(HangulWordsTest::wholeWords);
        }
    }

    /** The kiosk's wrapping text (hints, notices, answers): its lines too end between words. */
    @Test
    void wrappingTextBreaksKoreanBetweenWords() throws BadLocationException {
        String family = HangulFonts.find(Optional.empty()).orElseThrow(() -> new AssertionError("a Hangul font is installed (madang test installs one)"));
        javax.swing.LookAndFeel before = javax.swing.UIManager.getLookAndFeel();
        com.formdev.flatlaf.FlatLightLaf.setup();
        try {
            String hint = "군청과 연결이 끊겨 몇 가지 업무를 잠시 멈췄습니다. 연결되면 저절로 다시 열립니다. 번호표, 입장 확인, 알림은 지금도 됩니다.";
            List<String> words = List.of(hint.split(" "));
            boolean brokeInside = false;
            for (int w = 300; w <= 900; w += 37) {
                int width = w;
                WrappingText text = new WrappingText("hint", null);
                text.setFont(new Font(family, Font.PLAIN, 48));
                text.say(hint);
                List<String> lines = rows(text, width);
                assertThat(lines).as("at %d px", width).hasSizeGreaterThan(1).allSatisfy(line ->
                        assertThat(words).as("at %d px, a line of whole words", width).containsAll(List.of(line.strip().split(" "))));
                javax.swing.JTextArea plain = new javax.swing.JTextArea(hint);
                plain.setLineWrap(true);
                plain.setWrapStyleWord(true);
                plain.setFont(text.getFont());
                brokeInside |= !words.containsAll(rows(plain, width).stream().flatMap(l -> List.of(l.strip().split(" ")).stream()).toList());
            }
            assertThat(brokeInside).as("Swing's own text area breaks inside a word at some width").isTrue();
        } finally {
            try {
                javax.swing.UIManager.setLookAndFeel(before);
            } catch (javax.swing.UnsupportedLookAndFeelException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A text area's lines at {@code width}: where each line starts is where the next character goes down. */
    private static List<String> rows(javax.swing.JTextArea area, int width) throws BadLocationException {
        area.setSize(width, Short.MAX_VALUE);
        area.setSize(width, area.getPreferredSize().height);
        List<String> lines = new ArrayList<>();
        String all = area.getText();
        int start = 0;
        double y = area.modelToView2D(0).getY();
        for (int i = 1; i < all.length(); i++) {
            double at = area.modelToView2D(i).getY();
            if (at > y) {
                lines.add(all.substring(start, i));
                start = i;
                y = at;
            }
        }
        lines.add(all.substring(start));
        return lines;
    }

    /** Whether a line is made of the text's whole words. */
    private static boolean wholeWords(String line) {
        return List.of("예약", "잠시", "멈춤", "(군청", "연결", "끊김)").containsAll(List.of(line.split(" ")));
    }

    /** The lines a view of the text lays out at {@code width}. */
    private static List<String> lines(View root, int width) throws BadLocationException {
        root.setSize(width, 0);
        root.setSize(width, root.getPreferredSpan(View.Y_AXIS));
        List<String> lines = new ArrayList<>();
        collectRows(root, lines);
        return lines;
    }

    private static void collectRows(View view, List<String> into) throws BadLocationException {
        // a paragraph's children, once laid out, are its rows
        if (view instanceof javax.swing.text.ParagraphView) {
            for (int i = 0; i < view.getViewCount(); i++) {
                View row = view.getView(i);
                String text = view.getDocument().getText(row.getStartOffset(), row.getEndOffset() - row.getStartOffset());
                String line = text.strip();
                if (!line.isEmpty()) {
                    into.add(line);
                }
            }
            return;
        }
        for (int i = 0; i < view.getViewCount(); i++) {
            collectRows(view.getView(i), into);
        }
    }
}
