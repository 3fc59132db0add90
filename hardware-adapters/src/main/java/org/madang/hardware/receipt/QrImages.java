package org.madang.hardware.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/** Encodes QR codes as module matrices (zxing), with the settings HARDWARE.md prescribes. */
public final class QrImages {
    private QrImages() {
    }

    /** The QR modules of {@code payload} (ECC M, UTF-8, a 4-module quiet zone). */
    public static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    /** The bars of a Code 128 barcode of {@code data}, one row, with a 10-module quiet zone. */
    public static BitMatrix code128(String data) {
        return new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10));
    }
}
