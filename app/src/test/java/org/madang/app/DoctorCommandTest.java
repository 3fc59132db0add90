package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.emulator.EscPosEmulator;
import org.madang.hardware.emulator.EscPosParser;
import org.madang.hardware.emulator.MrzReaderEmulator;
import org.madang.hardware.emulator.MrzSpecimens;
import org.madang.hardware.emulator.ScannerEmulator;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.testing.Socat;
import picocli.CommandLine;

/** {@code madang doctor} against emulated devices on socat pseudo-terminals. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** Runs the command; {@code out} is readable while it runs. */
    private static final class Running {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CompletableFuture<Integer> code;

        Running(String... args) {
            CommandLine cl = MadangCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            code = CompletableFuture.supplyAsync(() -> cl.execute(args));
        }

        String out() {
            synchronized (out) {
                return out.toString();
            }
        }

        Run join() {
            return new Run(code.join(), out.toString(), err.toString());
        }
    }

    private Path site() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("site.yaml"), "site:\n  name: 마당 행정복지센터\n");
        return site;
    }

    @Test
    void testPrintSendsAStreamAnEscPosParserAccepts() throws Exception {
        Path site = site();
        try (Socat cable = Socat.pair(dir, "printer"); EscPosEmulator printer = EscPosEmulator.onPty(cable.devicePort())) {
            Run run = new Running("doctor", "--site", site.toString(), "--test-print",
                    "--set", "devices.receiptPrinter=escpos+serial:" + cable.port() + "?baud=19200&profile=bixolon-srp350").join();

            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Serial ports:", cable.port().toString(), "receiptPrinter", "IDLE", "Test print: printed");
            EscPosParser printed = printer.printed();
            assertThat(printed.errors()).isEmpty();
            assertThat(printed.lines()).contains("마당 행정복지센터", "테스트 영수증 / test receipt");
            assertThat(printed.qrPayloads()).containsExactly(DoctorCommand.TEST_PAYLOAD);
            assertThat(printed.cuts()).isEqualTo(1);
        }
    }

    @Test
    void aPrinterOutOfPaperIsExitThreeNamingIt() throws Exception {
        Path site = site();
        try (Socat cable = Socat.pair(dir, "printer"); EscPosEmulator printer = EscPosEmulator.onPty(cable.devicePort())) {
            printer.setPaperOut(true);
            Run run = new Running("doctor", "--site", site.toString(), "--test-print",
                    "--set", "devices.receiptPrinter=escpos+serial:" + cable.port()).join();
            assertThat(run.code()).isEqualTo(DoctorCommand.UNHEALTHY);
            assertThat(run.out()).contains("Test print: failed: paper out");
            assertThat(run.err().strip()).isEqualTo("receiptPrinter: paper out");
        }
    }

    @Test
    void aMissingPortIsExitThreeSayingSo() throws Exception {
        Run run = new Running("doctor", "--site", site().toString(), "--set", "devices.idReader=mrz+serial:/dev/ttyUSB77?framing=desko").join();
        assertThat(run.code()).isEqualTo(DoctorCommand.UNHEALTHY);
        assertThat(run.out()).contains("/dev/ttyUSB77", "(missing)");
        assertThat(run.err().strip()).isEqualTo("idReader: not connected: port /dev/ttyUSB77 not found (unplugged, or another name?)");
    }

    @Test
    void withoutAPcscServiceTheCardReaderIsANullDeviceThatSaysSo() throws Exception {
        Run run = new Running("doctor", "--site", site().toString(), "--set", "devices.idReader=pcsc:").join();
        assertThat(run.code()).isEqualTo(DoctorCommand.UNHEALTHY);
        assertThat(run.err().strip()).startsWith("idReader: no card reader");
    }

    @Test
    void everyDeviceKindIsListedAndEspeakSpeaks() throws Exception {
        Run run = new Running("doctor", "--site", site().toString(), "--set", "devices.voice=espeak:?voice=ko&rate=150&wav=" + dir.resolve("wav"),
                "--set", "devices.documentPrinter=sim:").join();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("receiptPrinter", "documentPrinter", "qrScanner", "idReader", "voice", "espeak:?voice=ko");
    }

    @Test
    void anUnknownDocumentPrinterIsExitThreeListingThePrinters() throws Exception {
        Run run = new Running("doctor", "--site", site().toString(), "--set", "devices.documentPrinter=print:NoSuchPrinter").join();
        assertThat(run.code()).isEqualTo(DoctorCommand.UNHEALTHY);
        assertThat(run.err().strip()).startsWith("documentPrinter: no printer named 'NoSuchPrinter' (printers here: ");
    }

    @Test
    void badDeviceParametersAreAUsageError() throws Exception {
        Run run = new Running("doctor", "--site", site().toString(), "--set", "devices.receiptPrinter=escpos+serial:/dev/ttyS0?profile=epsn").join();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("devices.receiptPrinter: unknown printer profile 'epsn' (known: epson-tm-t88,");
    }

    @Test
    void listenPrintsEachReadAndScanAsOneJsonLine() throws Exception {
        Path site = site();
        try (Socat mrz = Socat.pair(dir, "mrz"); Socat qr = Socat.pair(dir, "qr");
             MrzReaderEmulator reader = new MrzReaderEmulator(mrz.devicePort());
             ScannerEmulator scanner = new ScannerEmulator(qr.devicePort())) {
            Running running = new Running("doctor", "--site", site.toString(), "--listen", "60", "--events", "3",
                    "--set", "devices.idReader=mrz+serial:" + mrz.port() + "?framing=desko",
                    "--set", "devices.qrScanner=qr+serial:" + qr.port() + "?suffix=CR");
            Poll.until(() -> running.out().contains("Listening"), "doctor to listen");
            reader.send(MrzReaderEmulator.desko(MrzSpecimens.koreanPassport()));
            Poll.until(() -> running.out().contains("\"event\":\"read\""), "the read");
            reader.send(MrzReaderEmulator.desko(MrzSpecimens.spoil(MrzSpecimens.koreanPassport(), 1, 19)));
            Poll.until(() -> running.out().contains("\"event\":\"refused\""), "the refusal");
            scanner.scan("MDG1.B.B0000042-7.sig", "\r");
            Run run = running.join();

            assertThat(run.code()).as(run.err()).isZero();
            ObjectMapper json = new ObjectMapper();
            var events = run.out().lines().filter(l -> l.startsWith("{")).map(l -> {
                try {
                    return json.readTree(l);
                } catch (Exception e) {
                    throw new AssertionError(l, e);
                }
            }).filter(n -> !n.get("event").asText().equals("status")).toList();
            assertThat(events).hasSize(3);
            JsonNode read = events.get(0);
            assertThat(read.get("device").asText()).isEqualTo("idReader");
            assertThat(read.get("identity").get("documentNumber").asText()).isEqualTo("M12345678");
            assertThat(read.get("identity").get("surname").asText()).isEqualTo("KIM");
            assertThat(read.get("identity").get("givenNames").asText()).isEqualTo("YOUNGHEE");
            assertThat(read.get("identity").get("nationality").asText()).isEqualTo("KOR");
            assertThat(read.get("identity").get("birthDate").asText()).isEqualTo("1969-08-06");
            assertThat(read.get("identity").get("sex").asText()).isEqualTo("F");
            assertThat(read.get("identity").get("expiryDate").asText()).isEqualTo("2031-03-15");
            assertThat(events.get(1).get("event").asText()).isEqualTo("refused");
            assertThat(events.get(1).get("reason").asText()).contains("birth date");
            assertThat(events.get(2).get("device").asText()).isEqualTo("qrScanner");
            assertThat(events.get(2).get("text").asText()).isEqualTo("MDG1.B.B0000042-7.sig");
        }
    }
}
