package org.madang.hardware.id;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a serial MRZ reader's byte stream apart into zones. DESKO readers send
 * {@code STX line CR line CR [line CR] ETX}; 3M readers send {@code SOH … STX}, CR-terminated
 * lines, {@code ETX} and a BCC byte; others send plain CR- or LF-terminated lines, grouped here
 * by length (three of 30, two of 36 or two of 44 characters).
 */
public final class MrzFraming {
    private static final Logger log = LoggerFactory.getLogger(MrzFraming.class);
    private static final int SOH = 0x01;
    private static final int STX = 0x02;
    private static final int ETX = 0x03;
    private static final int MAX_FRAME = 256;

    /** The framing a reader uses. */
    public enum Kind {
        DESKO, THREE_M, LINES;

        /** Reads {@code desko}, {@code 3m} or {@code lines}. */
        public static Kind parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "desko" -> DESKO;
                case "3m" -> THREE_M;
                case "lines" -> LINES;
                default -> throw new IllegalArgumentException("framing '" + text + "' is not one of desko, 3m, lines");
            };
        }
    }

    private enum At { IDLE, HEADER, BODY, BCC }

    private final Kind kind;
    private final Consumer<List<String>> zones;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private final List<String> pendingLines = new ArrayList<>();
    private At at = At.IDLE;
    private int bcc;

    public MrzFraming(Kind kind, Consumer<List<String>> zones) {
        this.kind = kind;
        this.zones = zones;
    }

    public void accept(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xFF;
            switch (kind) {
                case DESKO -> desko(b);
                case THREE_M -> threeM(b);
                case LINES -> line(b);
            }
        }
    }

    private void desko(int b) {
        if (b == STX) {
            frame.reset();
            at = At.BODY;
        } else if (at == At.BODY && b == ETX) {
            at = At.IDLE;
            zones.accept(lines(frame.toString(StandardCharsets.US_ASCII)));
        } else if (at == At.BODY) {
            collect(b);
        } else {
            log.debug("ignored byte {} outside a DESKO frame", b);
        }
    }

    private void threeM(int b) {
        if (at == At.BCC) {
            if (b != bcc) {
                log.warn("3M frame check byte {} does not match {}: reading the zone by its own check digits", b, bcc);
            }
            at = At.IDLE;
            zones.accept(lines(frame.toString(StandardCharsets.US_ASCII)));
            return;
        }
        if (b == SOH) {
            frame.reset();
            bcc = 0;
            at = At.HEADER;
            return;
        }
        if (at == At.IDLE) {
            log.debug("ignored byte {} outside a 3M frame", b);
            return;
        }
        bcc ^= b;
        if (at == At.HEADER && b == STX) {
            at = At.BODY;
        } else if (at == At.BODY && b == ETX) {
            at = At.BCC;
        } else if (at == At.BODY) {
            collect(b);
        }
    }

    private void collect(int b) {
        if (frame.size() >= MAX_FRAME) {
            log.warn("an MRZ frame ran past {} bytes without its end: dropped", MAX_FRAME);
            frame.reset();
            at = At.IDLE;
            return;
        }
        frame.write(b);
    }

    private void line(int b) {
        if (b == '\r' || b == '\n') {
            String l = frame.toString(StandardCharsets.US_ASCII).strip();
            frame.reset();
            if (l.isEmpty()) {
                return;
            }
            pendingLines.add(l);
            int len = pendingLines.get(0).length();
            boolean sameLength = pendingLines.stream().allMatch(x -> x.length() == len);
            if (!sameLength || !(len == 30 || len == 36 || len == 44)) {
                // a line that does not belong: hand it on alone so it is refused and logged, start afresh
                List<String> odd = List.copyOf(pendingLines);
                pendingLines.clear();
                zones.accept(odd);
                return;
            }
            int needed = len == 30 ? 3 : 2;
            if (pendingLines.size() == needed) {
                List<String> zone = List.copyOf(pendingLines);
                pendingLines.clear();
                zones.accept(zone);
            }
            return;
        }
        if (frame.size() >= MAX_FRAME) {
            frame.reset();
            log.warn("an MRZ line ran past {} bytes: dropped", MAX_FRAME);
        }
        frame.write(b);
    }

    private static List<String> lines(String body) {
        return body.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Forgets a half-received zone. */
    public void reset() {
        frame.reset();
        pendingLines.clear();
        at = At.IDLE;
    }
}
