package org.madang.hardware.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.id.IdReaderListener;
import org.madang.hardware.id.Identity;

/**
 * An ID reader driven through this API: the on-screen simulator, the demo and tests "insert"
 * a card, and listeners hear about it on the caller's thread.
 */
public final class SimulatedIdReader extends SimulatedDevice implements IdReader {
    private final List<IdReaderListener> listeners = new CopyOnWriteArrayList<>();

    public SimulatedIdReader() {
        super("idReader", "sim:");
    }

    /** Simulates inserting a card that reads cleanly. */
    public void insert(Identity identity) {
        if (fault() != null) {
            return;
        }
        listeners.forEach(l -> l.identified(identity));
    }

    /** Simulates a card that cannot be read (dirty, upside down, bad check digit). */
    public void insertUnreadable(String reason) {
        if (fault() != null) {
            return;
        }
        listeners.forEach(l -> l.refused(reason));
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
