package org.madang.hardware.id;

import java.time.Clock;
import java.time.Duration;
import org.madang.hardware.device.SerialInputDevice;
import org.madang.hardware.transport.Transport;

/**
 * A passport and ID-card reader on a serial port, sending the machine-readable zone in DESKO,
 * 3M or plain-line framing. A zone whose check digits fail is a refusal ("please insert the card
 * again") for the listeners, and a log line for the technician.
 */
public final class SerialMrzReader extends SerialInputDevice implements IdReader {

    private final ZoneReader zones;
    private final MrzFraming framing;

    public SerialMrzReader(String label, String uri, Transport transport, MrzFraming.Kind framing, Clock clock) {
        super(label, uri, transport, Duration.ofMillis(250), Duration.ofSeconds(1));
        this.zones = new ZoneReader(label, events, clock);
        this.framing = new MrzFraming(framing, zones::zone);
    }

    @Override
    protected void received(byte[] data, int length) {
        framing.accept(data, length);
    }

    @Override
    protected void reset() {
        framing.reset();
    }

    @Override
    public void addListener(IdReaderListener listener) {
        zones.listeners.add(listener);
    }

    @Override
    public void removeListener(IdReaderListener listener) {
        zones.listeners.remove(listener);
    }
}
