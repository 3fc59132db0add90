package org.madang.hardware.escpos;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.Backoff;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.device.Health;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.transport.Transport;
import org.madang.hardware.transport.TransportTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A receipt printer that speaks ESC/POS over any {@link Transport}. Each job asks the printer's
 * real-time status before and after it, so a job is printed or failed with its reason, never
 * lost; paper near end is a warning event. Between jobs a monitor thread asks the status (and
 * reads automatic status back where the profile has it), notices an unplugged cable and opens
 * the port again on a back-off until the printer answers.
 */
public final class EscPosPrinter extends AbstractDevice implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);

    /** How long to wait for what; tests shorten them. */
    public record Timing(Duration statusReply, Duration poll, Duration firstRetry, Duration maxRetry, Duration writeFloor) {
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(800), Duration.ofSeconds(1), Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private enum Paper { OK, NEAR_END, OUT }

    private final Transport transport;
    private final PrinterProfile profile;
    private final Timing timing;
    private final EscPosEncoder encoder;
    private final Backoff backoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final byte[] one = new byte[1];
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile String problem = "not opened";
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile PrinterStatus status;
    private Thread monitor;

    /**
     * @param label what events and {@code madang doctor} call it, e.g. {@code receiptPrinter}
     * @param uri   the configured URI, for logs
     */
    public EscPosPrinter(String label, String uri, Transport transport, PrinterProfile profile, Timing timing) {
        super(label, uri);
        this.transport = transport;
        this.profile = profile;
        this.timing = timing;
        this.encoder = new EscPosEncoder(profile);
        this.backoff = new Backoff(timing.firstRetry(), timing.maxRetry());
    }

    public PrinterProfile profile() {
        return profile;
    }

    /** Text goes out as EUC-KR (KS X 1001): Hangul, English and some hanja, no 简体, no Vietnamese stacked accents. */
    @Override
    public boolean canPrint(Receipt receipt) {
        // the text alone: its pictures (QR codes, a logo) print whatever they show
        java.util.List<String> replaced = new java.util.ArrayList<>();
        KoreanText.encode(receipt.plainText(), replaced);
        return replaced.isEmpty();
    }

    @Override
    public void open() {
        synchronized (this) {
            if (monitor != null || closed) {
                return;
            }
            monitor = new Thread(this::watch, "madang-monitor-" + label());
            monitor.setDaemon(true);
        }
        lock.lock();
        try {
            connect();
        } finally {
            lock.unlock();
        }
        monitor.start();
    }

    /** Opens the transport and asks the status; the caller holds the lock. */
    private boolean connect() {
        try {
            transport.open();
            transport.warnings().stream().filter(warned::add).forEach(w -> log.warn("{}: {}", label(), w));
            transport.discardInput();
            transport.write(EscPos.INITIALISE, timing.writeFloor());
            if (profile.statusBack()) {
                transport.write(EscPos.automaticStatusBack(true), timing.writeFloor());
            }
            connected = true;
            backoff.reset();
            if (transport.canRead()) {
                apply(readStatus());
            } else {
                reportOnline(true);
                setState(DeviceState.IDLE);
                problem = null;
            }
            log.info("{} connected: {} ({})", label(), transport.describe(), profile.model());
            return true;
        } catch (IOException e) {
            disconnect("not connected: " + e.getMessage());
            return false;
        }
    }

    private void disconnect(String why) {
        connected = false;
        transport.close();
        setState(closed ? DeviceState.CLOSED : DeviceState.ERROR);
        if (!why.equals(problem)) {
            log.warn("{}: {}", label(), why);
        }
        problem = why;
        reportOnline(false);
    }

    private void watch() {
        while (!closed) {
            long wait = connected ? timing.poll().toMillis() : backoff.nextMillis();
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            if (closed || !lock.tryLock()) {
                continue;
            }
            try {
                if (!connected || !transport.isOpen()) {
                    if (connected) {
                        disconnect("connection lost");
                    }
                    connect();
                } else if (transport.canRead()) {
                    apply(readStatus());
                }
            } catch (TransportTimeoutException e) {
                disconnect("not answering");
            } catch (IOException e) {
                disconnect("connection lost: " + e.getMessage());
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public PrintResult print(Receipt receipt) {
        if (closed) {
            return new PrintResult.Failed(PrintResult.Fault.NOT_CONNECTED, "the printer is closed");
        }
        lock.lock();
        try {
            if ((!connected || !transport.isOpen()) && !connect()) {
                return new PrintResult.Failed(PrintResult.Fault.NOT_CONNECTED, "printer " + problem);
            }
            setState(DeviceState.BUSY);
            if (transport.canRead()) {
                PrinterStatus before = readStatus();
                apply(before);
                if (before.fault() != null) {
                    return failed(before);
                }
            }
            EscPosEncoder.Encoded encoded = encoder.encode(receipt);
            if (!encoded.replaced().isEmpty()) {
                log.warn("{}: printed {} in place of characters the printer cannot print: {}", label(), KoreanText.REPLACEMENT, encoded.replaced());
            }
            transport.write(encoded.bytes(), timing.writeFloor().plusMillis(2L * encoded.bytes().length));
            if (profile.statusBack()) {
                transport.write(EscPos.automaticStatusBack(true), timing.writeFloor());
            }
            if (transport.canRead()) {
                PrinterStatus after = readStatus();
                apply(after);
                if (after.fault() != null) {
                    return failed(after);
                }
            }
            return new PrintResult.Printed();
        } catch (TransportTimeoutException e) {
            disconnect("not answering");
            return new PrintResult.Failed(PrintResult.Fault.TIMEOUT, "the printer is not answering");
        } catch (IOException e) {
            disconnect("connection lost: " + e.getMessage());
            return new PrintResult.Failed(PrintResult.Fault.NOT_CONNECTED, "the printer was disconnected");
        } finally {
            if (state() == DeviceState.BUSY) {
                setState(problem == null ? DeviceState.IDLE : DeviceState.ERROR);
            }
            lock.unlock();
        }
    }

    private static PrintResult failed(PrinterStatus s) {
        PrintResult.Fault fault = s.paperOut() ? PrintResult.Fault.PAPER_OUT
                : s.coverOpen() ? PrintResult.Fault.COVER_OPEN
                : s.error() ? PrintResult.Fault.OTHER : PrintResult.Fault.OFFLINE;
        return new PrintResult.Failed(fault, s.fault());
    }

    /** Asks {@code DLE EOT} 1, 2 and 4; the caller holds the lock. */
    private PrinterStatus readStatus() throws IOException {
        int printer = ask(1);
        int cause = ask(2);
        int paper = ask(4);
        return PrinterStatus.fromReplies(printer, cause, paper);
    }

    private int ask(int n) throws IOException {
        transport.write(EscPos.status(n), timing.statusReply());
        long deadline = System.nanoTime() + timing.statusReply().toNanos();
        while (true) {
            int b = next(deadline);
            if (PrinterStatus.isStatusReply(b)) {
                return b;
            }
            if (PrinterStatus.isStatusBackStart(b)) {
                byte[] block = {(byte) b, 0, 0, 0};
                for (int i = 1; i < 4; i++) {
                    block[i] = (byte) next(deadline);
                }
                apply(PrinterStatus.fromStatusBack(block));
            } else {
                log.debug("{}: ignored byte {} while waiting for status", label(), b);
            }
        }
    }

    private int next(long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0 || transport.read(one, Duration.ofNanos(left)) == 0) {
            throw new TransportTimeoutException("the printer did not answer a status request");
        }
        return one[0] & 0xFF;
    }

    /** Takes in a status, raising events for what changed. */
    private void apply(PrinterStatus s) {
        PrinterStatus before = status == null ? PrinterStatus.READY : status;
        status = s;
        Paper was = paper(before);
        Paper now = paper(s);
        if (now != was) {
            events.status(switch (now) {
                case OUT -> DeviceStatus.PAPER_OUT;
                case NEAR_END -> DeviceStatus.PAPER_NEAR_END;
                case OK -> DeviceStatus.PAPER_OK;
            });
        }
        if (s.coverOpen() != before.coverOpen()) {
            events.status(s.coverOpen() ? DeviceStatus.COVER_OPEN : DeviceStatus.COVER_CLOSED);
        }
        if (s.error() && !before.error()) {
            events.error("the printer reports an error (cutter jammed or overheated?)");
        }
        // paper, cover and errors set the offline bit too, but such a printer still answers: online
        reportOnline(!s.offline() || s.paperOut() || s.coverOpen() || s.error());
        problem = s.fault();
        setState(problem == null ? DeviceState.IDLE : DeviceState.ERROR);
    }

    private static Paper paper(PrinterStatus s) {
        return s.paperOut() ? Paper.OUT : s.paperNearEnd() ? Paper.NEAR_END : Paper.OK;
    }

    /** The last status the printer reported, or null before it has answered. */
    public PrinterStatus lastStatus() {
        return status;
    }

    @Override
    public Health health() {
        if (closed) {
            return Health.failing(DeviceState.CLOSED, "closed");
        }
        if (lock.tryLock()) {
            try {
                if (connected && transport.isOpen() && transport.canRead()) {
                    apply(readStatus());
                }
            } catch (TransportTimeoutException e) {
                disconnect("not answering");
            } catch (IOException e) {
                disconnect("connection lost: " + e.getMessage());
            } finally {
                lock.unlock();
            }
        }
        String p = problem;
        if (p != null) {
            return Health.failing(state(), p);
        }
        PrinterStatus s = status;
        if (s != null && s.paperNearEnd()) {
            return new Health(state(), true, "paper near end");
        }
        return transport.canRead() ? Health.ok(state()) : new Health(state(), true, "sent only: a device file gives no status");
    }

    @Override
    public void close() {
        closed = true;
        Thread m = monitor;
        if (m != null) {
            m.interrupt();
        }
        lock.lock();
        try {
            connected = false;
            transport.close();
        } finally {
            lock.unlock();
        }
        super.close();
    }
}
