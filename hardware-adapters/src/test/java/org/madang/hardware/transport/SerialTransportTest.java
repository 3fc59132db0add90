package org.madang.hardware.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.emulator.DeviceLink;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.testing.Socat;

class SerialTransportTest {

    /** Sends XOFF and a marker, and returns once the marker is read: the XOFF before it has taken effect. */
    private static void holdLine(DeviceLink device, SerialTransport port) throws Exception {
        device.send(new byte[] {PumpedTransport.XOFF, 'M'});
        byte[] one = new byte[1];
        while (port.read(one, Duration.ofSeconds(5)) == 0 || one[0] != 'M') {
            // wait for the marker
        }
    }

    /** Whether a thread named {@code name} is inside jssc's native write. */
    private static boolean blockedInWrite(String name) {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals(name)
                && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("writeBytes") && f.getClassName().startsWith("jssc.")));
    }

    @Test
    void xonXoffPausesWritingAndNeverShowsUpAsData(@TempDir Path dir) throws Exception {
        var received = new CopyOnWriteArrayList<Byte>();
        var xonSent = new java.util.concurrent.atomic.AtomicBoolean();
        var arrivedBeforeXon = new java.util.concurrent.atomic.AtomicBoolean();
        try (Socat cable = Socat.pair(dir, "line");
             DeviceLink device = DeviceLink.pty(cable.devicePort(), bytes -> {
                 if (!xonSent.get()) {
                     arrivedBeforeXon.set(true);
                 }
                 for (byte b : bytes) {
                     received.add(b);
                 }
             });
             SerialTransport port = new SerialTransport(cable.port().toString(), SerialSettings.from(Map.of("flow", "xonxoff")))) {
            port.open();
            assertThat(port.warnings()).anyMatch(w -> w.contains("pseudo-terminal"));

            device.send(new byte[] {PumpedTransport.XOFF, 'A', PumpedTransport.XON, 'B'});
            byte[] buffer = new byte[8];
            StringBuilder got = new StringBuilder();
            while (got.length() < 2) {
                int n = port.read(buffer, Duration.ofSeconds(5));
                got.append(new String(buffer, 0, n));
            }
            assertThat(got.toString()).isEqualTo("AB");

            // XOFF: what is written now is held back (by the kernel on a real or pseudo terminal,
            // by the transport itself where the line discipline does not do it) until XON
            holdLine(device, port);
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
                try {
                    port.write("hello".getBytes(), Duration.ofSeconds(30));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Poll.until(() -> blockedInWrite("madang-serial-line-write"), "the write to be held in the port");
            assertThat(write).isNotDone();
            xonSent.set(true);
            device.send(new byte[] {PumpedTransport.XON});
            write.get();
            Poll.until(() -> received.size() == 5, "the bytes held back by XOFF");
            assertThat(arrivedBeforeXon).as("bytes that got past an XOFF").isFalse();
        }
    }

    @Test
    void aDeviceThatNeverSaysXonIsATimeout(@TempDir Path dir) throws Exception {
        try (Socat cable = Socat.pair(dir, "line");
             DeviceLink device = DeviceLink.pty(cable.devicePort(), bytes -> { });
             SerialTransport port = new SerialTransport(cable.port().toString(), SerialSettings.from(Map.of("flow", "xonxoff")))) {
            port.open();
            holdLine(device, port);
            assertThatThrownBy(() -> port.write(new byte[256 * 1024], Duration.ofMillis(500)))
                    .isInstanceOf(TransportTimeoutException.class).hasMessageContaining("did not take the data");
            assertThat(port.isOpen()).isFalse();
        }
    }

    @Test
    void lineSettingsComeFromTheUriAndBadOnesSayWhatIsWrong() {
        SerialSettings s = SerialSettings.from(Map.of("baud", "19200", "bits", "7", "parity", "even", "stop", "2", "flow", "rtscts"));
        assertThat(s).hasToString("19200 7E2 rtscts");
        assertThat(SerialSettings.from(Map.of())).hasToString("9600 8N1");
        assertThatThrownBy(() -> SerialSettings.from(Map.of("baud", "9601"))).hasMessageContaining("baud 9601");
        assertThatThrownBy(() -> SerialSettings.from(Map.of("parity", "x"))).hasMessageContaining("parity 'x'");
        assertThatThrownBy(() -> SerialSettings.from(Map.of("flow", "hw"))).hasMessageContaining("none, rtscts, xonxoff");
        assertThat(SerialSettings.DEFAULT.secondsFor(960)).isEqualTo(1.0);
    }

    @Test
    void portListingShowsConfiguredPathsAndPseudoTerminals(@TempDir Path dir) throws Exception {
        try (Socat cable = Socat.pair(dir, "scanner")) {
            var ports = SerialPorts.list(java.util.List.of(cable.port().toString(), "/dev/ttyUSB7"));
            assertThat(ports).anyMatch(p -> p.path().equals(cable.port().toString()) && p.present() && p.kind().contains("pseudo-terminal"));
            assertThat(ports).anyMatch(p -> p.path().equals("/dev/ttyUSB7") && !p.present());
            assertThat(ports).anyMatch(p -> p.path().startsWith("/dev/pts/"));
        }
    }
}
