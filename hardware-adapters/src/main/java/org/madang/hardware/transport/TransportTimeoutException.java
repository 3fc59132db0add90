package org.madang.hardware.transport;

import java.io.IOException;

/** The device did not take or give bytes in time: it is busy, switched off or holding the line. */
public final class TransportTimeoutException extends IOException {
    public TransportTimeoutException(String message) {
        super(message);
    }
}
