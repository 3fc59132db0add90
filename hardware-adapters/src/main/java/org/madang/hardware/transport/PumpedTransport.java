package org.madang.hardware.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The part every transport shares: a reader thread that takes bytes off the device as they
 * come (so a hang-up is noticed even when nobody is reading), strips XON/XOFF when software flow
 * control is on and pauses writing while the device said XOFF, and writes in small chunks on a
 * writer thread so that a device that stops taking bytes becomes a timeout, not a hung kiosk.
 */
abstract class PumpedTransport implements Transport {
    static final byte XON = 0x11;
    static final byte XOFF = 0x13;
    private static final int CHUNK = 64;

    private final boolean softwareFlow;
    private final String threadName;
    private final List<String> warnings = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private byte[] pending = new byte[256];
    private int pendingLength;
    private volatile boolean paused;
    private volatile IOException broken;
    private volatile boolean open;
    private Thread reader;
    private ExecutorService writer;

    PumpedTransport(boolean softwareFlow, String threadName) {
        this.softwareFlow = softwareFlow;
        this.threadName = threadName;
    }

    /** Makes the connection. */
    protected abstract void connect() throws IOException;

    /** Reads what has arrived, waiting a little; 0 when nothing came, -1 when the device hung up. */
    protected abstract int readSome(byte[] buffer) throws IOException;

    /** Writes all the bytes, blocking while the device or the OS holds them. */
    protected abstract void writeAll(byte[] data, int offset, int length) throws IOException;

    /** Breaks the connection; must make a blocked {@link #readSome} or {@link #writeAll} return. */
    protected abstract void disconnect();

    /** Whether the device holds the line by hardware flow control (CTS low). */
    protected boolean lineHeld() throws IOException {
        return false;
    }

    protected final void warn(String warning) {
        warnings.add(warning);
    }

    @Override
    public final synchronized void open() throws IOException {
        if (open) {
            return;
        }
        warnings.clear();
        broken = null;
        paused = false;
        pendingLength = 0;
        connect();
        open = true;
        writer = Executors.newSingleThreadExecutor(r -> daemon(r, threadName + "-write"));
        if (canRead()) {
            reader = daemon(this::pump, threadName + "-read");
            reader.start();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void pump() {
        byte[] buffer = new byte[512];
        while (open) {
            try {
                int n = readSome(buffer);
                if (n < 0) {
                    fail(new IOException("the device hung up"));
                    return;
                }
                if (n > 0) {
                    accept(buffer, n);
                }
            } catch (IOException e) {
                if (open) {
                    fail(e);
                }
                return;
            }
        }
    }

    private void accept(byte[] buffer, int n) {
        lock.lock();
        try {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (softwareFlow && b == XOFF) {
                    paused = true;
                } else if (softwareFlow && b == XON) {
                    paused = false;
                } else {
                    if (pendingLength == pending.length) {
                        pending = java.util.Arrays.copyOf(pending, pending.length * 2);
                    }
                    pending[pendingLength++] = b;
                }
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void fail(IOException e) {
        broken = e instanceof TransportTimeoutException ? e : new IOException("connection lost: " + e.getMessage(), e);
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void checkUsable() throws IOException {
        if (broken != null) {
            throw broken;
        }
        if (!open) {
            throw new IOException("not connected");
        }
    }

    @Override
    public boolean isOpen() {
        return open && broken == null;
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        checkUsable();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int offset = 0; offset < data.length; offset += CHUNK) {
            waitForLine(deadline);
            int length = Math.min(CHUNK, data.length - offset);
            int from = offset;
            Future<?> done = writer.submit(() -> {
                writeAll(data, from, length);
                return null;
            });
            try {
                done.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                done.cancel(true);
                TransportTimeoutException timedOut = new TransportTimeoutException("the device did not take the data within " + timeout.toMillis() + " ms");
                fail(timedOut);
                throw timedOut;
            } catch (ExecutionException e) {
                IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                fail(cause);
                throw broken;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing", e);
            }
        }
    }

    private void waitForLine(long deadline) throws IOException {
        while (paused || lineHeld()) {
            checkUsable();
            if (System.nanoTime() > deadline) {
                TransportTimeoutException held = new TransportTimeoutException(paused ? "the device said XOFF and never XON" : "the device holds CTS low");
                fail(held);
                throw held;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the device", e);
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (pendingLength == 0) {
                checkUsable();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return 0;
                }
                arrived.awaitNanos(left);
            }
            int n = Math.min(buffer.length, pendingLength);
            System.arraycopy(pending, 0, buffer, 0, n);
            System.arraycopy(pending, n, pending, 0, pendingLength - n);
            pendingLength -= n;
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void discardInput() {
        lock.lock();
        try {
            pendingLength = 0;
        } finally {
            lock.unlock();
        }
    }

    /** Whether writing is paused by an XOFF from the device. */
    boolean paused() {
        return paused;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public final synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        disconnect();
        if (writer != null) {
            writer.shutdownNow();
        }
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
