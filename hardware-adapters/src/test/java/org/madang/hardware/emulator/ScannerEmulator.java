package org.madang.hardware.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A serial QR scanner on the device end of a cable: "scans" codes by sending them with a suffix. */
public final class ScannerEmulator implements AutoCloseable {
    private final DeviceLink link;

    public ScannerEmulator(Path devicePort) throws IOException {
        this.link = DeviceLink.pty(devicePort, bytes -> { });
    }

    /** Sends {@code text} in UTF-8 followed by {@code suffix} (e.g. {@code "\r"}). */
    public void scan(String text, String suffix) {
        link.send((text + suffix).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends bytes as they are, e.g. line noise. */
    public void sendRaw(byte[] bytes) {
        link.send(bytes);
    }

    public void attach(Path devicePort) throws IOException {
        link.attach(devicePort);
    }

    @Override
    public void close() {
        link.close();
    }
}
