package org.madang.hardware.qr;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.device.SerialInputDevice;
import org.madang.hardware.transport.Transport;

/** A QR scanner on a serial port (or a USB one in CDC mode), sending each code and a suffix. */
public final class SerialQrScanner extends SerialInputDevice implements QrScanner {
    private final List<QrListener> listeners = new CopyOnWriteArrayList<>();
    private final ScanFilter filter;
    private final LineAssembler lines;

    public SerialQrScanner(String label, String uri, Transport transport, LineAssembler.Suffix suffix, int maxLength) {
        super(label, uri, transport, Duration.ofMillis(250), Duration.ofSeconds(1));
        this.filter = new ScanFilter(label, maxLength);
        this.lines = new LineAssembler(suffix, maxLength * 4, this::line);
    }

    private void line(String text) {
        filter.accept(text).ifPresent(scan -> events.deliver(() -> listeners.forEach(l -> l.scanned(scan))));
    }

    @Override
    protected void received(byte[] data, int length) {
        lines.accept(data, length);
    }

    @Override
    protected void reset() {
        lines.reset();
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
