package org.madang.hardware.receipt;

import org.madang.hardware.device.Device;

/** A receipt printer. Printing blocks until the job has ended; never call it on the EDT. */
public interface ReceiptPrinter extends Device {

    /** Prints the receipt and reports how the job ended; never throws for a device fault. */
    PrintResult print(Receipt receipt);

    /**
     * Whether every letter of the receipt's text comes out as itself (a Korean text printer has no
     * 简体 and no Vietnamese stacked accents; a picture-drawing printer has what its font has).
     */
    boolean canPrint(Receipt receipt);
}
