package org.madang.hardware.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A byte pipe to a device: a serial port, a TCP socket or a device file. Opening can fail and
 * be retried; a transport that lost its device throws {@link IOException} from every call until
 * it is closed and opened again.
 */
public interface Transport extends AutoCloseable {

    /** Opens the connection; the exception's message says why it could not, in plain words. */
    void open() throws IOException;

    boolean isOpen();

    /**
     * Sends all of {@code data}, waiting while the device holds the line (XOFF, CTS); throws
     * {@link TransportTimeoutException} when the device takes longer than {@code timeout}.
     */
    void write(byte[] data, Duration timeout) throws IOException;

    /**
     * Waits up to {@code timeout} for at least one byte and returns how many were read, 0 when
     * none came; flow-control bytes never appear here.
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** Drops whatever has arrived and not been read. */
    void discardInput();

    /** Whether the device can answer at all (a printer's device file cannot). */
    boolean canRead();

    /** Things worth a line in the log and in {@code madang doctor}, e.g. line settings a pseudo-terminal ignored. */
    List<String> warnings();

    /** Where this transport leads, e.g. {@code /dev/ttyUSB0 19200 8N1}. */
    String describe();

    @Override
    void close();
}
