package org.madang.hardware.id;

import org.madang.hardware.device.NullDevice;

/** No ID reader could be opened (no PC/SC service, no reader): residents identify another way. */
public final class NullIdReader extends NullDevice implements IdReader {

    public NullIdReader(String name, String reason) {
        super(name, reason);
    }

    @Override
    public void addListener(IdReaderListener listener) {
        // nothing will be read
    }

    @Override
    public void removeListener(IdReaderListener listener) {
        // nothing will be read
    }
}
