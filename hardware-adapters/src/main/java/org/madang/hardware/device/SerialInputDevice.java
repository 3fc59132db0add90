package org.madang.hardware.device;

import java.io.IOException;
import java.time.Duration;
import org.madang.hardware.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device that only talks to us (a scanner, an MRZ reader) over a transport: one thread reads
 * what it sends and hands it to {@link #received}; when the cable is pulled the device goes
 * offline and the thread reopens the port on a back-off until it is back.
 */
public abstract class SerialInputDevice extends AbstractDevice {
    private static final Logger log = LoggerFactory.getLogger(SerialInputDevice.class);

    private final Transport transport;
    private final Backoff backoff;
    private volatile String problem = "not opened";
    private volatile boolean closed;
    private Thread thread;

    protected SerialInputDevice(String label, String uri, Transport transport, Duration firstRetry, Duration maxRetry) {
        super(label, uri);
        this.transport = transport;
        this.backoff = new Backoff(firstRetry, maxRetry);
    }

    /** Bytes the device sent, in order; called on the device's reader thread. */
    protected abstract void received(byte[] data, int length);

    /** The device went away: forget any half-received message. */
    protected abstract void reset();

    @Override
    public synchronized void open() {
        if (thread != null || closed) {
            return;
        }
        connect();
        thread = new Thread(this::run, "madang-" + label());
        thread.setDaemon(true);
        thread.start();
    }

    private boolean connect() {
        try {
            transport.open();
            transport.warnings().forEach(w -> log.info("{}: {}", label(), w));
            setState(DeviceState.IDLE);
            problem = null;
            backoff.reset();
            reportOnline(true);
            log.info("{} connected: {}", label(), transport.describe());
            return true;
        } catch (IOException e) {
            lost("not connected: " + e.getMessage());
            return false;
        }
    }

    private void lost(String why) {
        transport.close();
        reset();
        if (!why.equals(problem)) {
            log.warn("{}: {}", label(), why);
        }
        problem = why;
        setState(closed ? DeviceState.CLOSED : DeviceState.ERROR);
        reportOnline(false);
    }

    private void run() {
        byte[] buffer = new byte[512];
        while (!closed) {
            if (!transport.isOpen()) {
                try {
                    Thread.sleep(backoff.nextMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!closed) {
                    connect();
                }
                continue;
            }
            try {
                int n = transport.read(buffer, Duration.ofMillis(200));
                if (n > 0) {
                    received(buffer, n);
                }
            } catch (IOException e) {
                if (!closed) {
                    lost("connection lost: " + e.getMessage());
                }
            }
        }
    }

    @Override
    public Health health() {
        String p = problem;
        return p == null ? Health.ok(state()) : Health.failing(state(), p);
    }

    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        transport.close();
        super.close();
    }
}
