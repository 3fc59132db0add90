package org.madang.hardware.id;

import java.awt.EventQueue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;
import org.madang.hardware.qr.KeyboardWedge;
import org.madang.hardware.qr.WedgeDecoder;

/**
 * An MRZ reader that types each line of the zone like a keyboard, ending each with Enter; lines
 * are told from typing by timing and grouped by their length as with plain-line framing.
 */
public final class WedgeMrzReader extends AbstractDevice implements IdReader {
    private final ZoneReader zones;
    private final MrzFraming framing;
    private final KeyboardWedge wedge;

    public WedgeMrzReader(String label, String uri, long thresholdMs, Clock clock) {
        super(label, uri);
        this.zones = new ZoneReader(label, events, clock);
        this.framing = new MrzFraming(MrzFraming.Kind.LINES, zones::zone);
        this.wedge = new KeyboardWedge(thresholdMs, WedgeDecoder.DEFAULT_MIN_LENGTH, this::line);
    }

    private void line(String text) {
        byte[] bytes = (text.toUpperCase(java.util.Locale.ROOT) + "\r").getBytes(StandardCharsets.US_ASCII);
        framing.accept(bytes, bytes.length);
    }

    @Override
    public void open() {
        if (state() == DeviceState.CLOSED) {
            setState(DeviceState.IDLE);
            EventQueue.invokeLater(wedge::install);
        }
    }

    @Override
    public void addListener(IdReaderListener listener) {
        zones.listeners.add(listener);
    }

    @Override
    public void removeListener(IdReaderListener listener) {
        zones.listeners.remove(listener);
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
