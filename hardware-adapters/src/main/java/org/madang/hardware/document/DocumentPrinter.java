package org.madang.hardware.document;

import org.madang.hardware.device.Device;
import org.madang.hardware.receipt.PrintResult;

/**
 * An A4 printer for certificates. Printing is separate from issuing: a failed print leaves the
 * document issued, to be printed again. Blocks until the job is handed over; never on the EDT.
 */
public interface DocumentPrinter extends Device {

    /** Prints the PDF; {@code title} names the job in the print queue. Never throws for a device fault. */
    PrintResult print(String title, byte[] pdf);
}
