package org.madang.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * Text for a Korean receipt printer: EUC-KR (KS X 1001) bytes, two columns per double-byte
 * character. A character outside KS X 1001 is printed as its look-alike where there is one
 * (– as -, ₩ as ￦); otherwise (such as 똠, which only CP949's extension has) it is replaced by a
 * visible □ and reported, never sent as a silent {@code ?}.
 */
public final class KoreanText {
    /** What a character the printer cannot print becomes. */
    public static final String REPLACEMENT = "□";
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    /** Characters KS X 1001 lacks that have a look-alike it has: printed as the look-alike, not as □. */
    private static final java.util.Map<Integer, String> LOOK_ALIKES = java.util.Map.of(
            0x2013, "-", 0x2212, "-", 0x20A9, "\uFFE6", 0x00A0, " ", 0x2009, " ", 0x202F, " ", 0x2024, ".", 0x2027, "·");

    private KoreanText() {
    }

    /** Bytes of {@code text}, adding each replaced character to {@code replaced}. */
    public static byte[] encode(String text, List<String> replaced) {
        CharsetEncoder encoder = EUC_KR.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F) {
                out.write(' ');
                return;
            }
            if (cp < 0x80) {
                out.write(cp);
                return;
            }
            String ch = new String(Character.toChars(cp));
            byte[] bytes = encodable(encoder, ch);
            if (bytes == null && LOOK_ALIKES.containsKey(cp)) {
                bytes = encodable(encoder, LOOK_ALIKES.get(cp));
            }
            if (bytes == null) {
                replaced.add(ch);
                bytes = encodable(encoder, REPLACEMENT);
            }
            out.writeBytes(bytes);
        });
        return out.toByteArray();
    }

    private static byte[] encodable(CharsetEncoder encoder, String ch) {
        if (!encoder.canEncode(ch)) {
            return null;
        }
        try {
            var buffer = encoder.reset().encode(CharBuffer.wrap(ch));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Columns the text takes in font A: one per ASCII character, two per double-byte one. */
    public static int columns(String text) {
        return text.codePoints().map(KoreanText::columns).sum();
    }

    static int columns(int codePoint) {
        return codePoint < 0x80 ? 1 : 2;
    }

    /** Splits text into lines of at most {@code width} columns, at spaces where possible. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split("(?<= )")) {
            int w = columns(word);
            if (used + w <= width) {
                line.append(word);
                used += w;
                continue;
            }
            if (used > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                int c = columns(cp);
                if (used + c > width && used > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += c;
                i += Character.charCount(cp);
            }
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
