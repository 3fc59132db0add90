package org.madang.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.device.DeviceEvent;
import org.madang.hardware.device.DeviceState;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.emulator.EscPosEmulator;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.testing.Socat;
import org.madang.hardware.transport.SerialSettings;
import org.madang.hardware.transport.SerialTransport;
import org.madang.hardware.transport.TcpTransport;

/** The ESC/POS driver against an emulated printer on a socat pseudo-terminal pair. */
class EscPosPrinterTest {
    static final EscPosPrinter.Timing FAST = new EscPosPrinter.Timing(Duration.ofMillis(500), Duration.ofMillis(200),
            Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(5));

    @TempDir
    Path dir;
    private Socat cable;
    private EscPosEmulator emulator;
    private EscPosPrinter printer;
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugIn() throws Exception {
        cable = Socat.pair(dir, "printer");
        emulator = EscPosEmulator.onPty(cable.devicePort());
        printer = new EscPosPrinter("receiptPrinter", "escpos+serial:" + cable.port(),
                new SerialTransport(cable.port().toString(), SerialSettings.DEFAULT), PrinterProfiles.BIXOLON_SRP350, FAST);
        printer.addDeviceListener(events::add);
        printer.open();
    }

    @AfterEach
    void unplug() throws Exception {
        printer.close();
        emulator.close();
        cable.close();
    }

    private boolean heard(DeviceStatus status) {
        return events.stream().anyMatch(e -> e instanceof DeviceEvent.StatusChanged s && s.status() == status);
    }

    @Test
    void koreanTextArrivesAsEucKrInDoubleByteMode() {
        assertThat(printer.state()).isEqualTo(DeviceState.IDLE);
        Receipt receipt = Receipt.builder().title("마당 행정복지센터").row("시설", "실내 배드민턴장 2번").row("Fee", "4,000원").cut().build();

        assertThat(printer.print(receipt)).isEqualTo(new PrintResult.Printed());

        var printed = emulator.printed();
        assertThat(printed.errors()).isEmpty();
        assertThat(printed.koreanMode()).isTrue();
        assertThat(printed.lines()).contains("마당 행정복지센터");
        // rows fill the 42 columns of the SRP-350: Hangul takes two columns each
        assertThat(printed.lines()).contains("시설" + " ".repeat(42 - 4 - 19) + "실내 배드민턴장 2번", "Fee" + " ".repeat(42 - 3 - 7) + "4,000원");
        assertThat(printed.cuts()).isEqualTo(1);
    }

    @Test
    void aQrPayloadWithHangulArrivesWhole() {
        String payload = "MDG1.B.B0000042-7.마당군-체육관.서명";
        assertThat(printer.print(Receipt.builder().qr(payload).cut().build()).printed()).isTrue();
        assertThat(emulator.printed().errors()).isEmpty();
        assertThat(emulator.printed().qrPayloads()).containsExactly(payload);
    }

    @Test
    void charactersOutsideEucKrArePrintedAsAVisibleBox() {
        assertThat(printer.print(Receipt.builder().text("똠방각하 님").build()).printed()).isTrue();
        assertThat(emulator.printed().lines()).containsExactly("□방각하 님");
    }

    @Test
    void paperOutBeforeAJobFailsItAndSaysSo() {
        emulator.setPaperOut(true);
        PrintResult result = printer.print(Receipt.builder().text("예약 확인").cut().build());
        assertThat(result).isEqualTo(new PrintResult.Failed(PrintResult.Fault.PAPER_OUT, "paper out"));
        assertThat(emulator.printed().lines()).isEmpty();
        Poll.until(() -> heard(DeviceStatus.PAPER_OUT), "a paper-out event");
        assertThat(printer.health().healthy()).isFalse();
        assertThat(printer.health().reason()).isEqualTo("paper out");

        emulator.setPaperOut(false);
        Poll.until(() -> heard(DeviceStatus.PAPER_OK), "the paper-ok event after loading a roll");
        assertThat(printer.print(Receipt.builder().text("예약 확인").cut().build()).printed()).isTrue();
    }

    @Test
    void paperRunningOutDuringAJobFailsIt() {
        emulator.paperRunsOutAfter(30);
        Receipt receipt = Receipt.builder().title("마당 행정복지센터").text("a long line of text ".repeat(6)).qr("MDG1.B.x").cut().build();
        PrintResult result = printer.print(receipt);
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        assertThat(((PrintResult.Failed) result).fault()).isEqualTo(PrintResult.Fault.PAPER_OUT);
        Poll.until(() -> heard(DeviceStatus.PAPER_OUT), "a paper-out event");
        assertThat(emulator.printed().qrPayloads()).isEmpty();
    }

    @Test
    void paperNearEndWarnsWithoutFailingTheJob() {
        emulator.setPaperNearEnd(true);
        assertThat(printer.print(Receipt.builder().text("ok").build()).printed()).isTrue();
        Poll.until(() -> heard(DeviceStatus.PAPER_NEAR_END), "a paper-near-end event");
        assertThat(printer.health().healthy()).isTrue();
        assertThat(printer.health().reason()).isEqualTo("paper near end");
    }

    @Test
    void aCoverOpenIsAFailedJob() {
        emulator.setCoverOpen(true);
        PrintResult result = printer.print(Receipt.builder().text("x").build());
        assertThat(result).isEqualTo(new PrintResult.Failed(PrintResult.Fault.COVER_OPEN, "cover open"));
        Poll.until(() -> heard(DeviceStatus.COVER_OPEN), "a cover-open event");
    }

    @Test
    void aSilentPrinterTimesOutInsteadOfHanging() {
        emulator.setSilent(true);
        PrintResult result = printer.print(Receipt.builder().text("x").build());
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        assertThat(((PrintResult.Failed) result).fault()).isEqualTo(PrintResult.Fault.TIMEOUT);
        Poll.until(() -> heard(DeviceStatus.OFFLINE), "an offline event");
        emulator.setSilent(false);
        Poll.until(() -> heard(DeviceStatus.ONLINE), "the printer back online");
        assertThat(printer.print(Receipt.builder().text("again").build()).printed()).isTrue();
    }

    @Test
    void pullingTheCableAndPluggingItBackReconnectsWithoutARestart() throws Exception {
        assertThat(printer.print(Receipt.builder().text("before").build()).printed()).isTrue();

        cable.kill();
        Poll.until(() -> heard(DeviceStatus.OFFLINE), "an offline event after the cable was pulled");
        assertThat(printer.print(Receipt.builder().text("while unplugged").build()))
                .isInstanceOf(PrintResult.Failed.class);

        events.clear();
        cable.start();
        emulator.attach(cable.devicePort());
        Poll.until(() -> heard(DeviceStatus.ONLINE), "the printer back online");
        // back by itself, in order: once online it stays online (no offline after it), and the next receipt prints
        List<DeviceStatus> since = events.stream().filter(e -> e instanceof DeviceEvent.StatusChanged)
                .map(e -> ((DeviceEvent.StatusChanged) e).status()).toList();
        assertThat(since.subList(since.indexOf(DeviceStatus.ONLINE), since.size())).doesNotContain(DeviceStatus.OFFLINE);
        assertThat(printer.print(Receipt.builder().text("after").build()).printed()).isTrue();
        assertThat(emulator.printed().lines()).contains("before", "after").doesNotContain("while unplugged");
    }

    @Test
    void automaticStatusBackReportsChangesBetweenJobs() throws Exception {
        printer.close();
        printer = new EscPosPrinter("receiptPrinter", "escpos+serial:" + cable.port(),
                new SerialTransport(cable.port().toString(), SerialSettings.DEFAULT), PrinterProfiles.EPSON_TM_T88, FAST);
        printer.addDeviceListener(events::add);
        printer.open();
        assertThat(printer.print(Receipt.builder().text("x").build()).printed()).isTrue();
        emulator.setCoverOpen(true);
        Poll.until(() -> heard(DeviceStatus.COVER_OPEN), "the cover-open event");
        assertThat(emulator.printed().errors()).isEmpty();
    }

    @Test
    void aNetworkPrinterPrintsOverTcp() throws Exception {
        try (EscPosEmulator network = EscPosEmulator.onTcp();
             EscPosPrinter tcp = new EscPosPrinter("receiptPrinter", "escpos+tcp://127.0.0.1:" + network.port(),
                     TcpTransport.parse("//127.0.0.1:" + network.port()), PrinterProfiles.SEWOO_LK_T21, FAST)) {
            tcp.open();
            assertThat(tcp.print(Receipt.builder().title("네트워크").qr("MDG1.B.tcp").cut().build()).printed()).isTrue();
            assertThat(network.printed().lines()).contains("네트워크");
            assertThat(network.printed().qrPayloads()).containsExactly("MDG1.B.tcp");
        }
    }

    @Test
    void aDeviceFileTakesTheJobButCannotReportStatus() throws Exception {
        Path lp = java.nio.file.Files.createFile(dir.resolve("lp0"));
        try (EscPosPrinter file = new EscPosPrinter("receiptPrinter", "escpos+file:" + lp,
                new org.madang.hardware.transport.FileTransport(lp), PrinterProfiles.GENERIC_58, FAST)) {
            file.open();
            assertThat(file.print(Receipt.builder().title("마당").qr("MDG1.B.file").cut().build()).printed()).isTrue();
            assertThat(file.health().reason()).contains("gives no status");
            var printed = org.madang.hardware.emulator.EscPosParser.parse(java.nio.file.Files.readAllBytes(lp));
            assertThat(printed.errors()).isEmpty();
            assertThat(printed.lines()).contains("마당");
            assertThat(printed.images()).hasSize(1);
        }
    }

    @Test
    void aMissingPortIsAnErrorStateThatSaysWhy() {
        try (EscPosPrinter missing = new EscPosPrinter("receiptPrinter", "escpos+serial:/dev/ttyUSB9",
                new SerialTransport(dir.resolve("nothing-here").toString(), SerialSettings.DEFAULT), PrinterProfiles.GENERIC, FAST)) {
            missing.open();
            assertThat(missing.state()).isEqualTo(DeviceState.ERROR);
            assertThat(missing.health().reason()).contains("not found");
            PrintResult result = missing.print(Receipt.builder().text("x").build());
            assertThat(((PrintResult.Failed) result).fault()).isEqualTo(PrintResult.Fault.NOT_CONNECTED);
        }
    }
}
