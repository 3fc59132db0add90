package org.madang.hardware.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one device's events to its listeners on a thread of its own, in order, so that the
 * thread doing I/O never runs listener code and a slow listener never stalls the device.
 */
public final class DeviceEvents implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeviceEvents.class);

    private final String device;
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread;

    public DeviceEvents(String device) {
        this.device = device;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "madang-events-" + device);
            t.setDaemon(true);
            return t;
        });
    }

    public void add(DeviceListener listener) {
        listeners.add(listener);
    }

    public void remove(DeviceListener listener) {
        listeners.remove(listener);
    }

    public void status(DeviceStatus status) {
        post(new DeviceEvent.StatusChanged(device, status));
    }

    public void error(String message) {
        post(new DeviceEvent.Error(device, message));
    }

    /** Runs {@code delivery} (handing read data to listeners) on the event thread, after earlier events. */
    public void deliver(Runnable delivery) {
        try {
            thread.execute(() -> {
                try {
                    delivery.run();
                } catch (RuntimeException e) {
                    log.warn("a listener of {} failed", device, e);
                }
            });
        } catch (RejectedExecutionException closed) {
            log.debug("{} is closed; dropped a delivery", device);
        }
    }

    /** Queues the event for every listener registered now. */
    public void post(DeviceEvent event) {
        log.info("{}: {}", device, event);
        try {
            thread.execute(() -> {
                for (DeviceListener l : listeners) {
                    try {
                        l.onEvent(event);
                    } catch (RuntimeException e) {
                        log.warn("a listener of {} failed on {}", device, event, e);
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            log.debug("{} is closed; dropped {}", device, event);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
