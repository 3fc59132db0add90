package org.madang.hardware.emulator;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An ESC/POS interpreter written from the command reference, independently of Madang's encoder:
 * it accepts the commands a receipt printer knows, records what would come out on paper (text
 * lines, QR payloads, barcodes, raster images, cuts) and rejects anything it does not know,
 * so a stream that passes here is one a printer would take.
 */
public final class EscPosParser {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");

    private final List<String> lines = new ArrayList<>();
    private final List<String> qrPayloads = new ArrayList<>();
    private final List<String> barcodes = new ArrayList<>();
    private final List<BufferedImage> images = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Integer> statusRequests = new ArrayList<>();
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    private byte[] pending = new byte[0];
    private byte[] qrStore;
    private boolean korean;
    private int cuts;
    private int printedBytes;

    /** Answers real-time status requests; set by the emulator. */
    private IntUnaryOperator statusAnswer = n -> 0x12;
    private java.util.function.IntConsumer reply = b -> { };
    private java.util.function.IntConsumer automaticStatusBack = n -> { };
    private java.util.function.BooleanSupplier paperAvailable = () -> true;
    private java.util.function.IntConsumer paperUsed = n -> { };

    void answerWith(IntUnaryOperator statusAnswer, java.util.function.IntConsumer reply) {
        this.statusAnswer = statusAnswer;
        this.reply = reply;
    }

    void onAutomaticStatusBack(java.util.function.IntConsumer handler) {
        this.automaticStatusBack = handler;
    }

    void paperWhen(java.util.function.BooleanSupplier available, java.util.function.IntConsumer used) {
        this.paperAvailable = available;
        this.paperUsed = used;
    }

    /** Takes more bytes off the wire; incomplete commands wait for the rest. */
    public synchronized void feed(byte[] data, int length) {
        byte[] buf = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(data, 0, buf, pending.length, length);
        int pos = 0;
        while (pos < buf.length) {
            int used = command(buf, pos);
            if (used == 0) {
                break;
            }
            pos += used;
        }
        pending = Arrays.copyOfRange(buf, pos, buf.length);
    }

    /** Feeds a whole stream and reports whether it was all understood. */
    public static EscPosParser parse(byte[] stream) {
        EscPosParser p = new EscPosParser();
        p.feed(stream, stream.length);
        if (p.pending.length > 0) {
            p.errors.add("stream ends inside a command: " + hex(p.pending, 0, Math.min(8, p.pending.length)));
        }
        return p;
    }

    /** Parses one command at {@code pos}; returns the bytes it took, 0 when more are needed. */
    private int command(byte[] b, int pos) {
        int left = b.length - pos;
        int c = b[pos] & 0xFF;
        switch (c) {
            case 0x0A:
                endLine();
                return 1;
            case 0x0D:
                return 1;
            case 0x10:
                if (left < 3) {
                    return 0;
                }
                if (b[pos + 1] == 0x04) {
                    int n = b[pos + 2];
                    statusRequests.add(n);
                    reply.accept(statusAnswer.applyAsInt(n));
                    return 3;
                }
                return unknown(b, pos, 2);
            case 0x1B:
                return esc(b, pos, left);
            case 0x1D:
                return gs(b, pos, left);
            case 0x1C:
                if (left < 2) {
                    return 0;
                }
                if (b[pos + 1] == '&') {
                    korean = true;
                    return 2;
                }
                if (b[pos + 1] == '.') {
                    korean = false;
                    return 2;
                }
                return unknown(b, pos, 2);
            default:
                break;
        }
        if (c < 0x20) {
            return unknown(b, pos, 1);
        }
        if (c >= 0x80) {
            if (!korean) {
                errors.add("byte " + hex(b, pos, 1) + " outside double-byte mode");
                return 1;
            }
            if (left < 2) {
                return 0;
            }
            int second = b[pos + 1] & 0xFF;
            if (c < 0xA1 || c > 0xFE || second < 0xA1 || second > 0xFE) {
                errors.add("not a KS X 1001 character: " + hex(b, pos, 2));
                return 2;
            }
            printable(b, pos, 2);
            return 2;
        }
        printable(b, pos, 1);
        return 1;
    }

    private void printable(byte[] b, int pos, int n) {
        if (!paperAvailable.getAsBoolean()) {
            return;
        }
        line.write(b, pos, n);
        printedBytes += n;
        paperUsed.accept(n);
    }

    private int esc(byte[] b, int pos, int left) {
        if (left < 2) {
            return 0;
        }
        int f = b[pos + 1];
        switch (f) {
            case '@':
                korean = false;
                return 2;
            case 'E', 'a', 'R', 'd', 't', '-', 'M', '2', '3', 'J':
                if (f == '2') {
                    return 2;
                }
                if (left < 3) {
                    return 0;
                }
                int n = b[pos + 2] & 0xFF;
                if (f == 'a' && n > 2 && n != '0' && n != '1' && n != '2') {
                    errors.add("ESC a " + n);
                } else if (f == 'd') {
                    for (int i = 0; i < n; i++) {
                        endLine();
                    }
                }
                return 3;
            default:
                return unknown(b, pos, 2);
        }
    }

    private int gs(byte[] b, int pos, int left) {
        if (left < 2) {
            return 0;
        }
        int f = b[pos + 1];
        switch (f) {
            case '!', 'a', 'h', 'w', 'H', 'f':
                if (left < 3) {
                    return 0;
                }
                if (f == 'a') {
                    automaticStatusBack.accept(b[pos + 2] & 0xFF);
                }
                return 3;
            case 'V':
                if (left < 3) {
                    return 0;
                }
                int m = b[pos + 2] & 0xFF;
                if (m == 0 || m == 1 || m == 48 || m == 49) {
                    cut();
                    return 3;
                }
                if (m == 65 || m == 66) {
                    if (left < 4) {
                        return 0;
                    }
                    cut();
                    return 4;
                }
                return unknown(b, pos, 3);
            case 'k':
                return barcode(b, pos, left);
            case '(':
                return function(b, pos, left);
            case 'v':
                return raster(b, pos, left);
            default:
                return unknown(b, pos, 2);
        }
    }

    private int barcode(byte[] b, int pos, int left) {
        if (left < 4) {
            return 0;
        }
        int m = b[pos + 2] & 0xFF;
        if (m != 73) {
            return unknown(b, pos, 3);
        }
        int n = b[pos + 3] & 0xFF;
        if (left < 4 + n) {
            return 0;
        }
        String data = new String(b, pos + 4, n, StandardCharsets.US_ASCII);
        if (!data.startsWith("{B") && !data.startsWith("{A") && !data.startsWith("{C")) {
            errors.add("Code 128 data must start with a code set: " + data);
        } else if (paperAvailable.getAsBoolean()) {
            barcodes.add(data.substring(2));
        }
        return 4 + n;
    }

    private int function(byte[] b, int pos, int left) {
        if (left < 5) {
            return 0;
        }
        int cn = b[pos + 2];
        int len = (b[pos + 3] & 0xFF) | (b[pos + 4] & 0xFF) << 8;
        if (left < 5 + len) {
            return 0;
        }
        if (cn != 'k') {
            return unknown(b, pos, 3);
        }
        int fnStart = pos + 5;
        if (len < 2 || b[fnStart] != 49) {
            errors.add("GS ( k for a symbol other than QR");
            return 5 + len;
        }
        int fn = b[fnStart + 1];
        switch (fn) {
            case 65 -> {
                if (len != 4 || (b[fnStart + 2] != 49 && b[fnStart + 2] != 50)) {
                    errors.add("QR model: " + hex(b, pos, 5 + len));
                }
            }
            case 67 -> {
                int size = b[fnStart + 2];
                if (len != 3 || size < 1 || size > 16) {
                    errors.add("QR module size " + size);
                }
            }
            case 69 -> {
                int ecc = b[fnStart + 2];
                if (len != 3 || ecc < 48 || ecc > 51) {
                    errors.add("QR error correction " + ecc);
                }
            }
            case 80 -> {
                if (b[fnStart + 2] != 48) {
                    errors.add("QR store: m must be 48");
                }
                qrStore = Arrays.copyOfRange(b, fnStart + 3, pos + 5 + len);
            }
            case 81 -> {
                if (qrStore == null) {
                    errors.add("QR print with nothing stored");
                } else if (paperAvailable.getAsBoolean()) {
                    qrPayloads.add(new String(qrStore, StandardCharsets.UTF_8));
                }
            }
            default -> errors.add("unknown QR function " + fn);
        }
        return 5 + len;
    }

    private int raster(byte[] b, int pos, int left) {
        if (left < 8) {
            return 0;
        }
        if (b[pos + 2] != '0') {
            return unknown(b, pos, 3);
        }
        int bpr = (b[pos + 4] & 0xFF) | (b[pos + 5] & 0xFF) << 8;
        int rows = (b[pos + 6] & 0xFF) | (b[pos + 7] & 0xFF) << 8;
        int size = bpr * rows;
        if (left < 8 + size) {
            return 0;
        }
        if (paperAvailable.getAsBoolean()) {
            BufferedImage image = new BufferedImage(bpr * 8, rows, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < bpr * 8; x++) {
                    boolean black = (b[pos + 8 + y * bpr + x / 8] & (0x80 >> (x % 8))) != 0;
                    image.setRGB(x, y, black ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            images.add(image);
        }
        return 8 + size;
    }

    private int unknown(byte[] b, int pos, int n) {
        errors.add("unknown command " + hex(b, pos, Math.min(n, b.length - pos)));
        return Math.min(n, b.length - pos);
    }

    private void endLine() {
        if (paperAvailable.getAsBoolean() || line.size() > 0) {
            lines.add(new String(line.toByteArray(), korean ? EUC_KR : StandardCharsets.US_ASCII));
        }
        line.reset();
    }

    private void cut() {
        if (line.size() > 0) {
            endLine();
        }
        cuts++;
    }

    private static String hex(byte[] b, int pos, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = pos; i < pos + n && i < b.length; i++) {
            s.append(String.format("%02X ", b[i] & 0xFF));
        }
        return s.toString().trim();
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The printed text, one line each, lines joined with newlines. */
    public synchronized String text() {
        return String.join("\n", lines);
    }

    public synchronized List<String> qrPayloads() {
        return List.copyOf(qrPayloads);
    }

    public synchronized List<String> barcodes() {
        return List.copyOf(barcodes);
    }

    public synchronized List<BufferedImage> images() {
        return List.copyOf(images);
    }

    /** What was not understood; empty for a stream a printer would take. */
    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized int cuts() {
        return cuts;
    }

    public synchronized int printedBytes() {
        return printedBytes;
    }

    public synchronized List<Integer> statusRequests() {
        return List.copyOf(statusRequests);
    }

    public synchronized boolean koreanMode() {
        return korean;
    }
}
