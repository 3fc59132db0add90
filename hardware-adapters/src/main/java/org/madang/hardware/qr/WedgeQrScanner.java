package org.madang.hardware.qr;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;

/**
 * A QR scanner that types like a keyboard (USB HID). It cannot say whether it is plugged in, so
 * its health is always "ready"; scans reach listeners on the device's event thread.
 */
public final class WedgeQrScanner extends AbstractDevice implements QrScanner {
    private final ScanFilter filter;
    private final KeyboardWedge wedge;
    private final List<QrListener> listeners = new CopyOnWriteArrayList<>();

    public WedgeQrScanner(String label, String uri, long thresholdMs, int maxLength) {
        super(label, uri);
        this.filter = new ScanFilter(label, maxLength);
        this.wedge = new KeyboardWedge(thresholdMs, WedgeDecoder.DEFAULT_MIN_LENGTH,
                text -> filter.accept(text).ifPresent(scan -> events.deliver(() -> listeners.forEach(l -> l.scanned(scan)))));
    }

    @Override
    public void open() {
        if (state() == DeviceState.CLOSED) {
            setState(DeviceState.IDLE);
            EventQueue.invokeLater(wedge::install);
        }
    }

    @Override
    public void addListener(QrListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(QrListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Health health() {
        return new Health(state(), true, "keyboard wedge: ready (it cannot report being unplugged)");
    }


    @Override
    public void close() {
        EventQueue.invokeLater(wedge::close);
        super.close();
    }
}
