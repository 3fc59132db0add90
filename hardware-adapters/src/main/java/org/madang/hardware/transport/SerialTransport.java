package org.madang.hardware.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jssc.SerialPort;
import jssc.SerialPortException;

/**
 * A serial port through jssc, with every line setting from the URI. Any path works, including
 * pseudo-terminals and symlinks to them: the link is followed again on every open, so a device
 * that comes back under a new name behind the same link is found.
 */
public final class SerialTransport extends PumpedTransport {
    private final String path;
    private final SerialSettings settings;
    private volatile SerialPort port;

    public SerialTransport(String path, SerialSettings settings) {
        super(settings.flow() == SerialSettings.Flow.XONXOFF, "madang-serial-" + Path.of(path).getFileName());
        this.path = path;
        this.settings = settings;
    }

    @Override
    protected void connect() throws IOException {
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw new IOException("port " + path + " not found (unplugged, or another name?)");
        }
        String real = file.toRealPath().toString();
        SerialPort p = new SerialPort(real);
        try {
            if (!p.openPort()) {
                throw new IOException("port " + path + " could not be opened");
            }
        } catch (SerialPortException e) {
            throw new IOException("port " + path + " could not be opened: " + plain(e), e);
        }
        boolean pty = SerialPorts.isPseudoTerminal(real);
        try {
            boolean set = p.setParams(settings.baud(), settings.bits(), stopBits(), parity());
            if (!set) {
                if (!pty) {
                    closeQuietly(p);
                    throw new IOException("port " + path + " refused the line settings " + settings);
                }
                warn(path + " is a pseudo-terminal: line settings " + settings + " do not apply");
            }
            int flow = switch (settings.flow()) {
                case NONE -> SerialPort.FLOWCONTROL_NONE;
                case RTSCTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
                case XONXOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
            };
            if (!p.setFlowControlMode(flow) && settings.flow() != SerialSettings.Flow.NONE) {
                if (!pty) {
                    closeQuietly(p);
                    throw new IOException("port " + path + " refused " + settings.flow().name().toLowerCase() + " flow control");
                }
                warn(path + " is a pseudo-terminal: flow control is done in software only");
            }
        } catch (SerialPortException e) {
            closeQuietly(p);
            throw new IOException("port " + path + ": " + plain(e), e);
        }
        port = p;
    }

    private int stopBits() {
        return switch (settings.stop()) {
            case ONE -> SerialPort.STOPBITS_1;
            case ONE_AND_HALF -> SerialPort.STOPBITS_1_5;
            case TWO -> SerialPort.STOPBITS_2;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.PARITY_NONE;
            case ODD -> SerialPort.PARITY_ODD;
            case EVEN -> SerialPort.PARITY_EVEN;
            case MARK -> SerialPort.PARITY_MARK;
            case SPACE -> SerialPort.PARITY_SPACE;
        };
    }

    private static String plain(SerialPortException e) {
        return e.getExceptionType();
    }

    private static void closeQuietly(SerialPort p) {
        try {
            p.closePort();
        } catch (SerialPortException ignored) {
            // already gone
        }
    }

    @Override
    protected int readSome(byte[] buffer) throws IOException {
        SerialPort p = port;
        if (p == null) {
            return -1;
        }
        try {
            // jssc has no blocking read that notices a hang-up; asking how much is waiting does
            int waiting = p.getInputBufferBytesCount();
            if (waiting <= 0) {
                Thread.sleep(5);
                return 0;
            }
            byte[] got = p.readBytes(Math.min(waiting, buffer.length));
            if (got == null) {
                return 0;
            }
            System.arraycopy(got, 0, buffer, 0, got.length);
            return got.length;
        } catch (SerialPortException e) {
            throw new IOException(plain(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    protected void writeAll(byte[] data, int offset, int length) throws IOException {
        byte[] chunk = offset == 0 && length == data.length ? data : java.util.Arrays.copyOfRange(data, offset, offset + length);
        SerialPort p = port;
        if (p == null) {
            throw new IOException("port " + path + " is closed");
        }
        try {
            if (!p.writeBytes(chunk)) {
                throw new IOException("port " + path + " did not take the data");
            }
        } catch (SerialPortException e) {
            throw new IOException(plain(e), e);
        }
    }

    @Override
    protected boolean lineHeld() throws IOException {
        if (settings.flow() != SerialSettings.Flow.RTSCTS || port == null) {
            return false;
        }
        try {
            return !port.isCTS();
        } catch (SerialPortException e) {
            // a pseudo-terminal has no modem lines: nothing holds it
            return false;
        }
    }

    @Override
    protected void disconnect() {
        if (port != null) {
            closeQuietly(port);
            port = null;
        }
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public String describe() {
        return path + " " + settings;
    }
}
