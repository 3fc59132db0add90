package org.madang.hardware.qr;

import org.madang.hardware.device.Device;

/** A QR scanner: serial, keyboard wedge or simulated. */
public interface QrScanner extends Device {

    void addListener(QrListener listener);

    void removeListener(QrListener listener);
}
