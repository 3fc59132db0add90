package org.madang.hardware.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.qr.QrListener;
import org.madang.hardware.qr.QrScanner;
import org.madang.hardware.qr.ScanFilter;

/**
 * A QR scanner driven through this API: the on-screen simulator, practice lessons and tests
 * "scan" a code, which goes through the same filter a real scanner's input does.
 */
public final class SimulatedQrScanner extends SimulatedDevice implements QrScanner {
    private final List<QrListener> listeners = new CopyOnWriteArrayList<>();
    private final ScanFilter filter = new ScanFilter("qrScanner", ScanFilter.DEFAULT_MAX_LENGTH);

    public SimulatedQrScanner() {
        super("qrScanner", "sim:");
    }

    /**
     * Simulates holding a code under the scanner; nothing happens while it is unplugged. Like the
     * simulated card reader, listeners hear it on the caller's thread before this returns, so a
     * practice lesson or a test sees the answer at once.
     */
    public void scan(String text) {
        if (fault() != null) {
            return;
        }
        filter.accept(text).ifPresent(t -> listeners.forEach(l -> l.scanned(t)));
    }

    @Override
    public void addListener(QrListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(QrListener listener) {
        listeners.remove(listener);
    }
}
