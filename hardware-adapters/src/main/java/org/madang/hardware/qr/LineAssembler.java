package org.madang.hardware.qr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into lines at a configurable suffix (CR, LF or CRLF), decoding each as
 * UTF-8; a line that runs on past the limit is dropped whole, up to its end.
 */
public final class LineAssembler {
    /** How a scanner ends each code. */
    public enum Suffix {
        CR, LF, CRLF;

        /** Reads {@code CR}, {@code LF} or {@code CRLF} (any case). */
        public static Suffix parse(String text) {
            try {
                return valueOf(text.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("suffix '" + text + "' is not one of CR, LF, CRLF");
            }
        }
    }

    private final Suffix suffix;
    private final int maxBytes;
    private final Consumer<String> lines;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overflow;
    private boolean sawCr;

    public LineAssembler(Suffix suffix, int maxBytes, Consumer<String> lines) {
        this.suffix = suffix;
        this.maxBytes = maxBytes;
        this.lines = lines;
    }

    public void accept(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            byte b = data[i];
            boolean end = switch (suffix) {
                case CR -> b == '\r';
                case LF -> b == '\n';
                case CRLF -> b == '\n' && sawCr;
            };
            sawCr = b == '\r';
            if (end) {
                emit();
                continue;
            }
            if (suffix == Suffix.CRLF && b == '\r') {
                continue;
            }
            if (line.size() >= maxBytes) {
                overflow = true;
                line.reset();
            }
            line.write(b);
        }
    }

    private void emit() {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (overflow) {
            overflow = false;
            lines.accept("\uFFFD".repeat(maxBytes + 1));
            return;
        }
        try {
            lines.accept(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            lines.accept("\uFFFD");
        }
    }

    /** Forgets a half-received line. */
    public void reset() {
        line.reset();
        overflow = false;
        sawCr = false;
    }
}
