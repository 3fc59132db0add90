package org.madang.hardware.escpos;

/**
 * What the ESC/POS encoder needs to know about one printer model.
 *
 * @param id                the name used in URIs ({@code profile=bixolon-srp350})
 * @param model             the model in words
 * @param dots              printable width in dots (576 on 80 mm paper, 384 on 58 mm, at 203 dpi)
 * @param columns           ASCII characters per line in font A (a Hangul syllable takes two)
 * @param koreanDoubleByte  whether to switch on Korean double-byte mode ({@code FS &}) after each initialise
 * @param nativeQr          whether the printer draws QR codes itself ({@code GS ( k}); otherwise they are sent as raster images
 * @param qrMaxBytes        the longest QR payload, in bytes, the printer takes natively; longer ones go as raster
 * @param qrModuleDots      dots per QR module
 * @param cutter            whether the printer has an auto-cutter
 * @param statusBack        whether to switch on automatic status back ({@code GS a}) so the printer reports changes by itself
 */
public record PrinterProfile(String id, String model, int dots, int columns, boolean koreanDoubleByte, boolean nativeQr,
                             int qrMaxBytes, int qrModuleDots, boolean cutter, boolean statusBack) {

    public PrinterProfile {
        if (dots % 8 != 0 || dots <= 0) {
            throw new IllegalArgumentException("dots must be a positive multiple of 8");
        }
    }

    /** The same printer without native QR: what the benchmark compares against. */
    public PrinterProfile withRasterQr() {
        return new PrinterProfile(id + "+raster", model, dots, columns, koreanDoubleByte, false, 0, qrModuleDots, cutter, statusBack);
    }
}
