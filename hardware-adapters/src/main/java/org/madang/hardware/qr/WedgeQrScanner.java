package org.madang.hardware.qr;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.device.DeviceEvents;
import org.madang.hardware.device.DeviceListener;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;

/**
 * A QR scanner that types like a keyboard (USB HID). It cannot say whether it is plugged in, so
 * its health is always "ready"; scans reach listeners on the device's event thread.
 */
public final class WedgeQrScanner implements QrScanner {
    private final String uri;
    private final DeviceEvents events;
    private final ScanFilter filter;
    private final KeyboardWedge wedge;
    private final List<QrListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceState state = DeviceState.CLOSED;

    public WedgeQrScanner(String label, String uri, long thresholdMs, int maxLength) {
        this.uri = uri;
        this.events = new DeviceEvents(label);
        this.filter = new ScanFilter(label, maxLength);
        this.wedge = new KeyboardWedge(thresholdMs, WedgeDecoder.DEFAULT_MIN_LENGTH,
                text -> filter.accept(text).ifPresent(scan -> events.deliver(() -> listeners.forEach(l -> l.scanned(scan)))));
    }

    @Override
    public void open() {
        if (state == DeviceState.CLOSED) {
            state = DeviceState.IDLE;
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
        return new Health(state, true, "keyboard wedge: ready (it cannot report being unplugged)");
    }

    @Override
    public String name() {
        return uri;
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public void addDeviceListener(DeviceListener listener) {
        events.add(listener);
    }

    @Override
    public void removeDeviceListener(DeviceListener listener) {
        events.remove(listener);
    }

    @Override
    public void close() {
        state = DeviceState.CLOSED;
        EventQueue.invokeLater(wedge::close);
        events.close();
    }
}
