package org.madang.hardware.id;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.device.DeviceEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads each zone an MRZ reader delivers and tells the listeners, on the device's event thread. */
final class ZoneReader {
    private static final Logger log = LoggerFactory.getLogger(ZoneReader.class);

    private final String label;
    private final DeviceEvents events;
    private final Clock clock;
    final List<IdReaderListener> listeners = new CopyOnWriteArrayList<>();

    ZoneReader(String label, DeviceEvents events, Clock clock) {
        this.label = label;
        this.events = events;
        this.clock = clock;
    }

    void zone(List<String> lines) {
        Mrz.Result result = Mrz.parse(lines, LocalDate.now(clock));
        if (result instanceof Mrz.Result.Read read) {
            log.info("{}: read a {} zone", label, read.format());
            events.deliver(() -> listeners.forEach(l -> l.identified(read.identity())));
        } else {
            String reason = ((Mrz.Result.Refused) result).reason();
            log.warn("{}: refused a zone: {}", label, reason);
            events.deliver(() -> listeners.forEach(l -> l.refused(reason)));
        }
    }
}
