package org.madang.hardware.escpos;

import java.util.List;
import java.util.Optional;

/**
 * The printer models Madang knows. Figures are from the makers' manuals: Epson TM-T88 (Korean
 * models) and Sewoo LK-T21 print 576 dots and 48 columns on 80 mm paper; Bixolon SRP-350 prints
 * 512 dots and 42 columns. The generic profiles assume only what every ESC/POS printer does
 * (raster images, no QR command, no automatic status).
 */
public final class PrinterProfiles {
    public static final PrinterProfile EPSON_TM_T88 = new PrinterProfile("epson-tm-t88", "Epson TM-T88 (Korean model)", 576, 48, true, true, 7089, 6, true, true);
    public static final PrinterProfile BIXOLON_SRP350 = new PrinterProfile("bixolon-srp350", "Bixolon SRP-350", 512, 42, true, true, 255, 6, true, false);
    public static final PrinterProfile SEWOO_LK_T21 = new PrinterProfile("sewoo-lk-t21", "Sewoo LK-T21", 576, 48, true, true, 255, 6, true, false);
    public static final PrinterProfile GENERIC = new PrinterProfile("generic", "any ESC/POS printer, 80 mm", 576, 42, true, false, 0, 6, true, false);
    public static final PrinterProfile GENERIC_58 = new PrinterProfile("generic-58", "any ESC/POS printer, 58 mm", 384, 32, true, false, 0, 4, false, false);

    public static final List<PrinterProfile> ALL = List.of(EPSON_TM_T88, BIXOLON_SRP350, SEWOO_LK_T21, GENERIC, GENERIC_58);

    private PrinterProfiles() {
    }

    public static Optional<PrinterProfile> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile named, or an exception listing the known ones. */
    public static PrinterProfile byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown printer profile '" + id + "' (known: "
                + String.join(", ", ALL.stream().map(PrinterProfile::id).toList()) + ")"));
    }
}
