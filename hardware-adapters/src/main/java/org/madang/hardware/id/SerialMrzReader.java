package org.madang.hardware.id;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.device.SerialInputDevice;
import org.madang.hardware.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A passport and ID-card reader on a serial port, sending the machine-readable zone in DESKO,
 * 3M or plain-line framing. A zone whose check digits fail is a refusal ("please insert the card
 * again") for the listeners, and a log line for the technician.
 */
public final class SerialMrzReader extends SerialInputDevice implements IdReader {
    private static final Logger log = LoggerFactory.getLogger(SerialMrzReader.class);

    private final List<IdReaderListener> listeners = new CopyOnWriteArrayList<>();
    private final MrzFraming framing;
    private final Clock clock;

    public SerialMrzReader(String label, String uri, Transport transport, MrzFraming.Kind framing, Clock clock) {
        super(label, uri, transport, Duration.ofMillis(250), Duration.ofSeconds(1));
        this.framing = new MrzFraming(framing, this::zone);
        this.clock = clock;
    }

    private void zone(List<String> lines) {
        Mrz.Result result = Mrz.parse(lines, LocalDate.now(clock));
        if (result instanceof Mrz.Result.Read read) {
            log.info("{}: read a {} zone", label(), read.format());
            events.deliver(() -> listeners.forEach(l -> l.identified(read.identity())));
        } else {
            String reason = ((Mrz.Result.Refused) result).reason();
            log.warn("{}: refused a zone: {}", label(), reason);
            events.deliver(() -> listeners.forEach(l -> l.refused(reason)));
        }
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
        listeners.add(listener);
    }

    @Override
    public void removeListener(IdReaderListener listener) {
        listeners.remove(listener);
    }
}
