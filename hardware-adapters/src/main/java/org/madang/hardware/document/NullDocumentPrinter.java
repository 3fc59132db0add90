package org.madang.hardware.document;

import org.madang.hardware.device.NullDevice;
import org.madang.hardware.receipt.PrintResult;

/** No document printer on this machine; every job fails with the reason. */
public final class NullDocumentPrinter extends NullDevice implements DocumentPrinter {

    public NullDocumentPrinter(String name, String reason) {
        super(name, reason);
    }

    @Override
    public PrintResult print(String title, byte[] pdf) {
        return new PrintResult.Failed(PrintResult.Fault.NOT_CONNECTED, reason());
    }
}
