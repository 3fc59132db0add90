package org.madang.hardware.id;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.madang.hardware.device.AbstractDevice;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contactless or contact card reader through PC/SC ({@code javax.smartcardio}, which needs
 * libpcsclite and the pcscd daemon). It reports a card's presence and UID, not an identity:
 * Korean ID cards keep their data behind authentication, so listeners get
 * {@link IdReaderListener#cardPresented(String)}.
 */
public final class PcscCardReader extends AbstractDevice implements IdReader {
    private static final Logger log = LoggerFactory.getLogger(PcscCardReader.class);
    /** PC/SC "get data: UID" (PC/SC part 3). */
    private static final CommandAPDU GET_UID = new CommandAPDU(0xFF, 0xCA, 0x00, 0x00, 256);

    private final CardTerminal terminal;
    private final List<IdReaderListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String problem;
    private Thread watcher;

    private PcscCardReader(String label, String uri, CardTerminal terminal) {
        super(label, uri);
        this.terminal = terminal;
    }

    /**
     * The reader named {@code name} (or the first one when blank). Without pcscd, without a
     * reader, or without one of that name, the exception says which.
     */
    public static PcscCardReader find(String label, String uri, String name) {
        List<CardTerminal> terminals;
        try {
            terminals = TerminalFactory.getDefault().terminals().list();
        } catch (CardException | RuntimeException e) {
            throw new IllegalArgumentException("no card reader: the PC/SC service is not available (install pcscd and libpcsclite1)");
        }
        if (terminals.isEmpty()) {
            throw new IllegalArgumentException("no card reader is connected");
        }
        CardTerminal t = name.isBlank() ? terminals.get(0)
                : terminals.stream().filter(x -> x.getName().contains(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no card reader named '" + name + "' (readers: " + String.join(", ", terminals.stream().map(CardTerminal::getName).toList()) + ")"));
        return new PcscCardReader(label, uri, t);
    }

    @Override
    public synchronized void open() {
        if (watcher != null) {
            return;
        }
        setState(DeviceState.IDLE);
        watcher = new Thread(this::watch, "madang-pcsc");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        while (state() != DeviceState.CLOSED) {
            try {
                if (terminal.waitForCardPresent(1000)) {
                    read();
                    terminal.waitForCardAbsent(0);
                    events.deliver(() -> listeners.forEach(IdReaderListener::cardRemoved));
                }
                problem = null;
                reportOnline(true);
            } catch (CardException e) {
                if (problem == null) {
                    problem = "card reader lost: " + e.getMessage();
                    log.warn("{}", problem);
                }
                reportOnline(false);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void read() {
        try {
            Card card = terminal.connect("*");
            try {
                ResponseAPDU r = card.getBasicChannel().transmit(GET_UID);
                if (r.getSW() == 0x9000) {
                    String uid = HexFormat.of().withUpperCase().formatHex(r.getData());
                    events.deliver(() -> listeners.forEach(l -> l.cardPresented(uid)));
                } else {
                    events.deliver(() -> listeners.forEach(l -> l.refused("the card did not give its number (status " + Integer.toHexString(r.getSW()) + ")")));
                }
            } finally {
                card.disconnect(false);
            }
        } catch (CardException e) {
            events.deliver(() -> listeners.forEach(l -> l.refused("the card could not be read: " + e.getMessage())));
        }
    }

    @Override
    public void addListener(IdReaderListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(IdReaderListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Health health() {
        String p = problem;
        return p == null ? Health.ok(state()) : Health.failing(DeviceState.ERROR, p);
    }

    @Override
    public void close() {
        setState(DeviceState.CLOSED);
        Thread w = watcher;
        if (w != null) {
            w.interrupt();
        }
        super.close();
    }
}
