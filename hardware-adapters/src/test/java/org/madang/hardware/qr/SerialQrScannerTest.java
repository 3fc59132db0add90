package org.madang.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.device.DeviceEvent;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.emulator.ScannerEmulator;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.testing.Socat;
import org.madang.hardware.transport.SerialSettings;
import org.madang.hardware.transport.SerialTransport;

class SerialQrScannerTest {
    @TempDir
    Path dir;

    private SerialQrScanner scanner(Socat cable, LineAssembler.Suffix suffix) {
        return new SerialQrScanner("qrScanner", "qr+serial:" + cable.port(),
                new SerialTransport(cable.port().toString(), SerialSettings.DEFAULT), suffix, 200);
    }

    @Test
    void scansArriveWholeAndNoiseAndOverLongLinesAreIgnored() throws Exception {
        List<String> scans = new CopyOnWriteArrayList<>();
        try (Socat cable = Socat.pair(dir, "scanner");
             ScannerEmulator device = new ScannerEmulator(cable.devicePort());
             SerialQrScanner scanner = scanner(cable, LineAssembler.Suffix.CR)) {
            scanner.addListener(scans::add);
            scanner.open();

            device.scan("MDG1.B.B0000042-7.마당", "\r");
            device.sendRaw(new byte[] {0x00, (byte) 0xFF, (byte) 0xFE, 0x07, 0x1B, '\r'});
            device.scan("x".repeat(1000), "\r");
            device.scan("https://example.org/other-system?id=1", "\r");
            Poll.until(() -> scans.size() == 2, "two scans");
            assertThat(scans).containsExactly("MDG1.B.B0000042-7.마당", "https://example.org/other-system?id=1");
        }
    }

    @Test
    void theSuffixIsConfigurable() throws Exception {
        List<String> scans = new CopyOnWriteArrayList<>();
        try (Socat cable = Socat.pair(dir, "scanner");
             ScannerEmulator device = new ScannerEmulator(cable.devicePort());
             SerialQrScanner scanner = scanner(cable, LineAssembler.Suffix.CRLF)) {
            scanner.addListener(scans::add);
            scanner.open();
            device.scan("first", "\r\n");
            device.scan("sec", "");
            device.scan("ond", "\r\n");
            Poll.until(() -> scans.size() == 2, "two scans");
            assertThat(scans).containsExactly("first", "second");
        }
    }

    @Test
    void anUnpluggedScannerComesBackByItself() throws Exception {
        List<String> scans = new CopyOnWriteArrayList<>();
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        try (Socat cable = Socat.pair(dir, "scanner");
             ScannerEmulator device = new ScannerEmulator(cable.devicePort());
             SerialQrScanner scanner = scanner(cable, LineAssembler.Suffix.CR)) {
            scanner.addListener(scans::add);
            scanner.addDeviceListener(events::add);
            scanner.open();
            cable.kill();
            Poll.until(() -> events.contains(new DeviceEvent.StatusChanged("qrScanner", DeviceStatus.OFFLINE)), "offline");
            assertThat(scanner.health().healthy()).isFalse();
            cable.start();
            device.attach(cable.devicePort());
            Poll.until(() -> events.contains(new DeviceEvent.StatusChanged("qrScanner", DeviceStatus.ONLINE)), "online again");
            device.scan("after", "\r");
            Poll.until(() -> scans.contains("after"), "a scan after re-plugging");
        }
    }
}
