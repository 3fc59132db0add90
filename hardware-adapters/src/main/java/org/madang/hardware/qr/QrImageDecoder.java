package org.madang.hardware.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads a QR code from a picture (a photo a resident e-mailed, a scan of a printed receipt), for
 * the counter: zxing with the hybrid binarizer and "try harder", as HARDWARE.md says.
 */
public final class QrImageDecoder {
    private QrImageDecoder() {
    }

    /**
     * The text of the QR code in the image, or empty when there is none to read. zxing's finder
     * misses about one perfect, computer-drawn code in 150 (measured on document seals), so a
     * miss is tried again as a pure code, with the global binarizer, and turned a quarter (the
     * finder then scans across the modules the other way; on receipts, where the code sits among
     * words and is not pure, this reads the 1 in 200 the others miss) before giving up.
     */
    public static Optional<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        Map<DecodeHintType, Object> hard = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8");
        Map<DecodeHintType, Object> pure = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8",
                DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        return attempt(new BinaryBitmap(new HybridBinarizer(source)), hard)
                .or(() -> attempt(new BinaryBitmap(new HybridBinarizer(source)), pure))
                .or(() -> attempt(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hard))
                .or(() -> attempt(new BinaryBitmap(new HybridBinarizer(quarterTurned(image))), hard));
    }

    /** The image turned a quarter clockwise. */
    private static RGBLuminanceSource quarterTurned(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[x * h + (h - 1 - y)] = image.getRGB(x, y);
            }
        }
        return new RGBLuminanceSource(h, w, pixels);
    }

    private static Optional<String> attempt(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
        } catch (ReaderException e) {
            // NotFoundException, ChecksumException, FormatException: no readable code this way
            return Optional.empty();
        }
    }

    /** Reads the image file; an unreadable file is an {@link IOException} saying so. */
    public static Optional<String> decode(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file.getFileName() + " is not a picture this program can read (use PNG, JPEG, GIF or BMP)");
        }
        return decode(image);
    }
}
