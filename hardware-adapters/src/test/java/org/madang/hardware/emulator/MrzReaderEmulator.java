package org.madang.hardware.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An MRZ reader on the device end of a cable: "reads" a document by sending its zone in the
 * framing the configured reader uses (DESKO, 3M, plain lines).
 */
public final class MrzReaderEmulator implements AutoCloseable {
    private final DeviceLink link;

    public MrzReaderEmulator(Path devicePort) throws IOException {
        this.link = DeviceLink.pty(devicePort, bytes -> { });
    }

    /** The bytes a DESKO reader sends for the zone: STX, CR-terminated lines, ETX. */
    public static byte[] desko(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x02);
        lines.forEach(l -> out.writeBytes((l + "\r").getBytes(StandardCharsets.US_ASCII)));
        out.write(0x03);
        return out.toByteArray();
    }

    /** The bytes a 3M reader sends: SOH, a header, STX, CR-terminated lines, ETX, then the XOR of everything after SOH. */
    public static byte[] threeM(List<String> lines) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("0A".getBytes(StandardCharsets.US_ASCII));
        body.write(0x02);
        lines.forEach(l -> body.writeBytes((l + "\r").getBytes(StandardCharsets.US_ASCII)));
        body.write(0x03);
        byte[] b = body.toByteArray();
        int bcc = 0;
        for (byte x : b) {
            bcc ^= x & 0xFF;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x01);
        out.writeBytes(b);
        out.write(bcc);
        return out.toByteArray();
    }

    /** Plain lines, each ending in CR LF. */
    public static byte[] lines(List<String> lines) {
        return String.join("", lines.stream().map(l -> l + "\r\n").toList()).getBytes(StandardCharsets.US_ASCII);
    }

    public void send(byte[] bytes) {
        link.send(bytes);
    }

    @Override
    public void close() {
        link.close();
    }
}
