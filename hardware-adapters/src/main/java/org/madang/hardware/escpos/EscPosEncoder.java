package org.madang.hardware.escpos;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.madang.hardware.receipt.QrImages;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptLine;

/**
 * Turns a {@link Receipt} into the bytes one printer model understands: Korean text as EUC-KR
 * in double-byte mode, rows padded by display columns, QR codes natively ({@code GS ( k}, length
 * counted in bytes) or as raster images where the profile says so, Code 128, logos, a cut.
 */
public final class EscPosEncoder {
    private static final int QR_ECC_M = 49;
    private static final int CUT_FEED = 3;

    private final PrinterProfile profile;

    public EscPosEncoder(PrinterProfile profile) {
        this.profile = profile;
    }

    /** What was encoded: the bytes, the characters that had to be replaced, and how each QR went. */
    public record Encoded(byte[] bytes, List<String> replaced, int nativeQrCodes, int rasterQrCodes) {
    }

    public Encoded encode(Receipt receipt) {
        Writer w = new Writer();
        w.put(EscPos.INITIALISE);
        w.put(EscPos.INTERNATIONAL_KOREA);
        if (profile.koreanDoubleByte()) {
            w.put(EscPos.KOREAN_ON);
        }
        for (ReceiptLine line : receipt.lines()) {
            line(w, line);
        }
        return new Encoded(w.out.toByteArray(), List.copyOf(w.replaced), w.nativeQr, w.rasterQr);
    }

    private void line(Writer w, ReceiptLine line) {
        if (line instanceof ReceiptLine.Text t) {
            boolean big = t.size() == ReceiptLine.Size.DOUBLE;
            w.put(EscPos.align(switch (t.align()) {
                case LEFT -> 0;
                case CENTRE -> 1;
                case RIGHT -> 2;
            }));
            if (t.bold()) {
                w.put(EscPos.bold(true));
            }
            if (big) {
                w.put(EscPos.size(0x11));
            }
            for (String part : KoreanText.wrap(t.text(), big ? profile.columns() / 2 : profile.columns())) {
                w.text(part);
                w.lf();
            }
            if (big) {
                w.put(EscPos.size(0));
            }
            if (t.bold()) {
                w.put(EscPos.bold(false));
            }
            w.put(EscPos.align(0));
        } else if (line instanceof ReceiptLine.Row r) {
            row(w, r.label(), r.value());
        } else if (line instanceof ReceiptLine.Rule) {
            w.text("-".repeat(profile.columns()));
            w.lf();
        } else if (line instanceof ReceiptLine.Qr qr) {
            w.put(EscPos.align(1));
            qr(w, qr.payload());
            w.put(EscPos.align(0));
        } else if (line instanceof ReceiptLine.Barcode b) {
            w.put(EscPos.align(1));
            barcode(w, b.data());
            w.put(EscPos.align(0));
        } else if (line instanceof ReceiptLine.Logo logo) {
            w.put(EscPos.align(1));
            raster(w, Raster.of(logo.image(), profile.dots()));
            w.put(EscPos.align(0));
        } else if (line instanceof ReceiptLine.Feed) {
            w.lf();
        } else if (line instanceof ReceiptLine.Cut) {
            if (profile.cutter()) {
                w.put(EscPos.partialCut(CUT_FEED * 24));
            } else {
                w.put(EscPos.feedLines(4));
            }
        }
    }

    /** Label on the left, value on the right, aligned by columns; a value that does not fit goes on its own line. */
    private void row(Writer w, String label, String value) {
        int width = profile.columns();
        int lw = KoreanText.columns(label);
        int vw = KoreanText.columns(value);
        if (lw + 1 + vw <= width) {
            w.text(label + " ".repeat(width - lw - vw) + value);
            w.lf();
            return;
        }
        for (String part : KoreanText.wrap(label, width)) {
            w.text(part);
            w.lf();
        }
        for (String part : KoreanText.wrap(value, width)) {
            w.text(" ".repeat(Math.max(0, width - KoreanText.columns(part))) + part);
            w.lf();
        }
    }

    private void qr(Writer w, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        if (profile.nativeQr() && data.length <= profile.qrMaxBytes()) {
            int n = data.length + 3;
            w.put(new byte[] {EscPos.GS, '(', 'k', 4, 0, 49, 65, 50, 0});
            w.put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 67, (byte) profile.qrModuleDots()});
            w.put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 69, QR_ECC_M});
            w.put(new byte[] {EscPos.GS, '(', 'k', (byte) (n & 0xFF), (byte) (n >> 8), 49, 80, 48});
            w.put(data);
            w.put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 81, 48});
            w.nativeQr++;
        } else {
            raster(w, Raster.of(QrImages.encode(payload), profile.qrModuleDots()));
            w.rasterQr++;
        }
        w.lf();
    }

    private void barcode(Writer w, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.US_ASCII);
        w.put(new byte[] {EscPos.GS, 'h', 80});
        w.put(new byte[] {EscPos.GS, 'w', 2});
        w.put(new byte[] {EscPos.GS, 'H', 2});
        w.put(new byte[] {EscPos.GS, 'k', 73, (byte) (bytes.length + 2), '{', 'B'});
        w.put(bytes);
        w.lf();
    }

    /** {@code GS v 0}: one raster image, {@code xL xH} bytes per row, {@code yL yH} rows. */
    private static void raster(Writer w, Raster r) {
        w.put(new byte[] {EscPos.GS, 'v', '0', 0,
                (byte) (r.bytesPerRow() & 0xFF), (byte) (r.bytesPerRow() >> 8),
                (byte) (r.rows() & 0xFF), (byte) (r.rows() >> 8)});
        w.put(r.data());
        w.lf();
    }

    /** Collects bytes and counts. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        final List<String> replaced = new ArrayList<>();
        int nativeQr;
        int rasterQr;

        void put(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void text(String s) {
            out.writeBytes(KoreanText.encode(s, replaced));
        }

        void lf() {
            out.write(EscPos.LF);
        }
    }

    /** A black-and-white image packed eight dots to a byte, most significant bit leftmost. */
    record Raster(int bytesPerRow, int rows, byte[] data) {

        static Raster of(BitMatrix matrix, int dotsPerModule) {
            int width = matrix.getWidth() * dotsPerModule;
            int rows = matrix.getHeight() * dotsPerModule;
            int bpr = (width + 7) / 8;
            byte[] data = new byte[bpr * rows];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < width; x++) {
                    if (matrix.get(x / dotsPerModule, y / dotsPerModule)) {
                        data[y * bpr + x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
            }
            return new Raster(bpr, rows, data);
        }

        /** The image scaled down to fit {@code maxDots}, dark pixels (luminance below half) printed. */
        static Raster of(BufferedImage image, int maxDots) {
            double scale = Math.min(1.0, maxDots / (double) image.getWidth());
            int width = Math.max(1, (int) (image.getWidth() * scale));
            int rows = Math.max(1, (int) (image.getHeight() * scale));
            int bpr = (width + 7) / 8;
            byte[] data = new byte[bpr * rows];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < width; x++) {
                    int argb = image.getRGB(Math.min(image.getWidth() - 1, (int) (x / scale)), Math.min(image.getHeight() - 1, (int) (y / scale)));
                    int alpha = argb >>> 24;
                    int lum = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                    if (alpha > 127 && lum < 128) {
                        data[y * bpr + x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
            }
            return new Raster(bpr, rows, data);
        }
    }
}
