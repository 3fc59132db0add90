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
public abstract class SerialInputDevice implements Device {
    private static final Logger log = LoggerFactory.getLogger(SerialInputDevice.class);

    private final String label;
    private final String uri;
    private final Transport transport;
    private final Backoff backoff;
    protected final DeviceEvents events;
    private volatile DeviceState state = DeviceState.CLOSED;
    private volatile String problem = "not opened";
    private volatile boolean closed;
    private volatile Boolean online;
    private Thread thread;

    protected SerialInputDevice(String label, String uri, Transport transport, Duration firstRetry, Duration maxRetry) {
        this.label = label;
        this.uri = uri;
        this.transport = transport;
        this.backoff = new Backoff(firstRetry, maxRetry);
        this.events = new DeviceEvents(label);
    }

    /** Bytes the device sent, in order; called on the device's reader thread. */
    protected abstract void received(byte[] data, int length);

    /** The device went away: forget any half-received message. */
    protected abstract void reset();

    protected final String label() {
        return label;
    }

    @Override
    public synchronized void open() {
        if (thread != null || closed) {
            return;
        }
        connect();
        thread = new Thread(this::run, "madang-" + label);
        thread.setDaemon(true);
        thread.start();
    }

    private boolean connect() {
        try {
            transport.open();
            transport.warnings().forEach(w -> log.info("{}: {}", label, w));
            state = DeviceState.IDLE;
            problem = null;
            backoff.reset();
            setOnline(true);
            log.info("{} connected: {}", label, transport.describe());
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
            log.warn("{}: {}", label, why);
        }
        problem = why;
        state = closed ? DeviceState.CLOSED : DeviceState.ERROR;
        setOnline(false);
    }

    private void setOnline(boolean now) {
        Boolean was = online;
        online = now;
        if (was == null ? !now : was != now) {
            events.status(now ? DeviceStatus.ONLINE : DeviceStatus.OFFLINE);
        }
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
    public String name() {
        return uri;
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public Health health() {
        String p = problem;
        return p == null ? Health.ok(state) : Health.failing(state, p);
    }

    @Override
    public void addDeviceListener(DeviceListener listener) {
        events.add(listener);
    }

    @Override
    public void removeDeviceListener(DeviceListener listener) {
        events.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        transport.close();
        state = DeviceState.CLOSED;
        events.close();
    }
}
