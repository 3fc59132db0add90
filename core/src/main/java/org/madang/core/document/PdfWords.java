package org.madang.core.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Words shown in an embedded Hangul font so that text extractors read them back: spaces are
 * written as gaps, not glyphs (the space glyph of some fonts, NanumGothic among them, reads back
 * as U+0000; a gap of 0.4 em reads back as a space in PDFBox and pdftotext).
 */
public final class PdfWords {
    /** The gap written for a space, in thousandths of an em. */
    public static final float WORD_GAP = 400;

    private PdfWords() {
    }

    /** Shows {@code text} at the current text position (inside beginText/endText). */
    public static void show(PDPageContentStream cs, PDType0Font font, String text) throws IOException {
        if (text.indexOf(' ') < 0) {
            cs.showText(text);
            return;
        }
        float gap = -Math.max(font.getStringWidth(" "), WORD_GAP);
        List<Object> parts = new ArrayList<>();
        for (String word : text.split(" ", -1)) {
            if (!parts.isEmpty()) {
                parts.add(gap);
            }
            if (!word.isEmpty()) {
                parts.add(word);
            }
        }
        cs.showTextWithPositioning(parts.toArray());
    }

    /** How wide {@code text} is at {@code size} points, shown as {@link #show} shows it. */
    public static float width(PDType0Font font, String text, float size) throws IOException {
        long spaces = text.chars().filter(c -> c == ' ').count();
        float units = font.getStringWidth(text.replace(" ", "")) + spaces * Math.max(font.getStringWidth(" "), WORD_GAP);
        return units / 1000 * size;
    }
}
