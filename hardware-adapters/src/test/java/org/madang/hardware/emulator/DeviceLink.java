package org.madang.hardware.emulator;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The device end of a cable, for emulators: a pseudo-terminal opened as a plain file (not through
 * jssc, so the driver and the emulator share no code), or a loopback TCP server that takes one
 * connection at a time. A reader thread hands each chunk of received bytes to the emulator.
 */
public final class DeviceLink implements AutoCloseable {
    private final String name;
    private final Consumer<byte[]> receiver;
    private volatile OutputStream out;
    private volatile Closeable current;
    private volatile boolean closed;
    private ServerSocket server;
    private Thread thread;

    private interface Closeable {
        void close() throws IOException;
    }

    private DeviceLink(String name, Consumer<byte[]> receiver) {
        this.name = name;
        this.receiver = receiver;
    }

    /** Opens the pseudo-terminal at {@code path} and reads it until it hangs up. */
    public static DeviceLink pty(Path path, Consumer<byte[]> receiver) throws IOException {
        DeviceLink link = new DeviceLink(path.toString(), receiver);
        link.attach(path);
        return link;
    }

    /** Listens on a free loopback port; see {@link #port()}. */
    public static DeviceLink tcp(Consumer<byte[]> receiver) throws IOException {
        DeviceLink link = new DeviceLink("tcp", receiver);
        link.server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        link.thread = new Thread(link::serve, "emulator-tcp");
        link.thread.setDaemon(true);
        link.thread.start();
        return link;
    }

    /** Opens {@code path} again, e.g. after socat was restarted behind the same link. */
    public synchronized void attach(Path path) throws IOException {
        detach();
        String real = path.toRealPath().toString();
        FileInputStream in = new FileInputStream(real);
        FileOutputStream o = new FileOutputStream(real);
        out = o;
        current = () -> {
            in.close();
            o.close();
        };
        thread = new Thread(() -> pump(in), "emulator-" + path.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        while (!closed) {
            try {
                Socket s = server.accept();
                out = s.getOutputStream();
                current = s::close;
                pump(s.getInputStream());
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    receiver.accept(java.util.Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // the cable was pulled: the emulator stays quiet until attached again
        }
    }

    /** The loopback port of a TCP link. */
    public int port() {
        return server.getLocalPort();
    }

    /** Sends bytes to the driver; silently dropped when nothing is connected. */
    public void send(byte[] bytes) {
        OutputStream o = out;
        if (o == null) {
            return;
        }
        try {
            o.write(bytes);
            o.flush();
        } catch (IOException e) {
            // the other end is gone
        }
    }

    /** Drops the current connection (the emulated device is switched off). */
    public synchronized void detach() {
        Closeable c = current;
        current = null;
        out = null;
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        detach();
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
