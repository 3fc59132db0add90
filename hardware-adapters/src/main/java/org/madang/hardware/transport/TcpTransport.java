package org.madang.hardware.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A raw TCP connection, as network receipt printers take on port 9100. */
public final class TcpTransport extends PumpedTransport {
    /** The usual raw-printing port. */
    public static final int RAW_PORT = 9100;
    private static final int CONNECT_TIMEOUT_MS = 3000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port) {
        super(false, "madang-tcp-" + host + "-" + port);
        this.host = host;
        this.port = port;
    }

    /** Reads {@code //host:port}, {@code host:port} or {@code host} (port 9100). */
    public static TcpTransport parse(String target) {
        String t = target.startsWith("//") ? target.substring(2) : target;
        if (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isBlank()) {
            throw new IllegalArgumentException("no host given (expected //host:9100)");
        }
        int colon = t.lastIndexOf(':');
        if (colon < 0) {
            return new TcpTransport(t, RAW_PORT);
        }
        try {
            int p = Integer.parseInt(t.substring(colon + 1));
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return new TcpTransport(t.substring(0, colon), p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t.substring(colon + 1) + "' is not a TCP port");
        }
    }

    @Override
    protected void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            s.setSoTimeout(100);
            s.setTcpNoDelay(true);
        } catch (IOException e) {
            s.close();
            throw new IOException(host + ":" + port + " does not answer (" + e.getMessage() + ")", e);
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    @Override
    protected int readSome(byte[] buffer) throws IOException {
        try {
            return in.read(buffer);
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    protected void writeAll(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        out.flush();
    }

    @Override
    protected void disconnect() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }
}
