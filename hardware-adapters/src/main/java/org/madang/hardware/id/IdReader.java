package org.madang.hardware.id;

import org.madang.hardware.device.Device;

/**
 * An ID-card or passport reader. It reports each read to its listeners; listeners are called
 * on a device or caller thread, never on the EDT by design, and must hand work on.
 */
public interface IdReader extends Device {

    void addListener(IdReaderListener listener);

    void removeListener(IdReaderListener listener);
}
