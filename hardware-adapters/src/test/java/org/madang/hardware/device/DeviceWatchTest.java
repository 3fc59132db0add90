package org.madang.hardware.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.document.NullDocumentPrinter;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.sim.SimulatedQrScanner;
import org.madang.hardware.sim.SimulatedReceiptPrinter;

/** The condition of each device, from the events the devices send, and the last error told of. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DeviceWatchTest {
    @TempDir
    Path outbox;

    @Test
    void paperCoverAndCableAreFollowedAndAMissingDeviceIsNotFitted() throws Exception {
        SimulatedReceiptPrinter printer = new SimulatedReceiptPrinter(outbox, new ReceiptImageRenderer("SansSerif"), Clock.systemUTC());
        SimulatedQrScanner scanner = new SimulatedQrScanner();
        printer.open();
        scanner.open();
        Map<String, Device> devices = new LinkedHashMap<>();
        devices.put("receiptPrinter", printer);
        devices.put("qrScanner", scanner);
        devices.put("documentPrinter", new NullDocumentPrinter("none", "no document printer is configured"));
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (DeviceWatch watch = new DeviceWatch(devices, Clock.systemUTC())) {
            watch.onChange(() -> heard.add("changed"));
            assertThat(watch.conditions()).containsExactly(Map.entry("receiptPrinter", DeviceCondition.READY),
                    Map.entry("qrScanner", DeviceCondition.READY), Map.entry("documentPrinter", DeviceCondition.NOT_FITTED));
            assertThat(watch.lastError()).get().extracting(DeviceWatch.LastError::device).isEqualTo("documentPrinter");

            printer.runLow();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(watch.condition("receiptPrinter")).isEqualTo(DeviceCondition.PAPER_NEAR_END);
            printer.pullPaper();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(watch.condition("receiptPrinter")).isEqualTo(DeviceCondition.PAPER_OUT);
            assertThat(watch.condition("receiptPrinter").failing()).isTrue();
            assertThat(watch.lastError()).get().extracting(DeviceWatch.LastError::message).isEqualTo("paper out");
            printer.loadPaper();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(watch.condition("receiptPrinter")).isEqualTo(DeviceCondition.READY);

            scanner.unplug();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(watch.condition("qrScanner")).isEqualTo(DeviceCondition.OFFLINE);
            scanner.plugIn();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(watch.condition("qrScanner")).isEqualTo(DeviceCondition.READY);
            assertThat(watch.condition("voice")).isEqualTo(DeviceCondition.NOT_FITTED);
        } finally {
            printer.close();
            scanner.close();
        }
    }
}
