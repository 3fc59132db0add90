package org.madang.hardware.emulator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A receipt printer on the other end of a cable: it interprets what it receives with
 * {@link EscPosParser}, answers {@code DLE EOT} from a state the test sets (paper near end,
 * paper out, cover open, offline), sends automatic status back when asked to, can run out of
 * paper after a number of printed bytes, and can go silent like a printer that hung.
 */
public final class EscPosEmulator implements AutoCloseable {
    private final EscPosParser parser = new EscPosParser();
    private final DeviceLink link;
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean coverOpen;
    private volatile boolean offline;
    private volatile boolean silent;
    private volatile int paperLeftBytes = -1;
    private volatile boolean statusBack;

    private EscPosEmulator(java.util.function.Function<java.util.function.Consumer<byte[]>, DeviceLink> opener) {
        parser.answerWith(this::status, b -> {
            if (!silent) {
                send(new byte[] {(byte) b});
            }
        });
        parser.onAutomaticStatusBack(n -> statusBack = n != 0);
        parser.paperWhen(() -> !paperOut, this::used);
        this.link = opener.apply(this::receive);
    }

    /** A printer on the device end of a socat pair. */
    public static EscPosEmulator onPty(Path devicePort) {
        return new EscPosEmulator(receiver -> {
            try {
                return DeviceLink.pty(devicePort, receiver);
            } catch (IOException e) {
                throw new IllegalStateException("cannot open " + devicePort, e);
            }
        });
    }

    /** A network printer on a loopback port. */
    public static EscPosEmulator onTcp() throws IOException {
        try {
            return new EscPosEmulator(receiver -> {
                try {
                    return DeviceLink.tcp(receiver);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            throw new IOException(e.getCause());
        }
    }

    private void receive(byte[] data) {
        if (silent) {
            return;
        }
        parser.feed(data, data.length);
    }

    private void used(int bytes) {
        if (paperLeftBytes >= 0) {
            paperLeftBytes = Math.max(0, paperLeftBytes - bytes);
            if (paperLeftBytes == 0 && !paperOut) {
                setPaperOut(true);
            }
        }
    }

    private int status(int n) {
        boolean stopped = paperOut || coverOpen || offline;
        return switch (n) {
            case 1 -> 0x12 | (stopped ? 0x08 : 0);
            case 2 -> 0x12 | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> 0x12 | (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> 0x12;
        };
    }

    private void send(byte[] bytes) {
        link.send(bytes);
    }

    private void statusChanged() {
        if (statusBack && !silent) {
            boolean stopped = paperOut || coverOpen || offline;
            byte first = (byte) (0x10 | (stopped ? 0x08 : 0) | (coverOpen ? 0x20 : 0));
            byte third = (byte) ((paperNearEnd || paperOut ? 0x03 : 0) | (paperOut ? 0x0C : 0));
            send(new byte[] {first, 0, third, 0});
        }
    }

    /** What the printer made of everything it received. */
    public EscPosParser printed() {
        return parser;
    }

    public void setPaperOut(boolean out) {
        paperOut = out;
        statusChanged();
    }

    public void setPaperNearEnd(boolean near) {
        paperNearEnd = near;
        statusChanged();
    }

    public void setCoverOpen(boolean open) {
        coverOpen = open;
        statusChanged();
    }

    public void setOffline(boolean off) {
        offline = off;
        statusChanged();
    }

    /** Runs out of paper after printing {@code bytes} more bytes of text. */
    public void paperRunsOutAfter(int bytes) {
        paperLeftBytes = bytes;
    }

    /** Stops answering and printing, like a printer that hung. */
    public void setSilent(boolean s) {
        silent = s;
    }

    /** Sends raw bytes to the driver, e.g. XOFF. */
    public void sendRaw(byte... bytes) {
        send(bytes);
    }

    /** Opens the device end again after the cable was re-plugged. */
    public void attach(Path devicePort) throws IOException {
        link.attach(devicePort);
    }

    /** The loopback port of a network printer. */
    public int port() {
        return link.port();
    }

    @Override
    public void close() {
        link.close();
    }
}
