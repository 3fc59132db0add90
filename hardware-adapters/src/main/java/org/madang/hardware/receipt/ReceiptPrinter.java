package org.madang.hardware.receipt;

import org.madang.hardware.device.DeviceState;

/** A receipt printer. Printing blocks until the job has ended; never call it on the EDT. */
public interface ReceiptPrinter {

    /** Prints the receipt and reports how the job ended; never throws for a device fault. */
    PrintResult print(Receipt receipt);

    DeviceState state();

    /** A short name for logs and the counter's device view, e.g. {@code sim:}. */
    String name();
}
