package org.madang.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.madang.config.DeviceUri;
import org.madang.config.SiteConfig;
import org.madang.core.site.SiteDirectory;
import org.madang.hardware.device.Device;
import org.madang.hardware.device.DeviceEvent;
import org.madang.hardware.device.Health;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.id.IdReaderListener;
import org.madang.hardware.id.Identity;
import org.madang.hardware.qr.QrScanner;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.sim.SimulatedIdReader;
import org.madang.hardware.sim.SimulatedQrScanner;
import org.madang.hardware.transport.SerialPorts;
import org.madang.ui.HangulFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madang doctor}: what a technician runs at a kiosk. Lists serial ports, opens every
 * configured device and says how it is; can print a test receipt and listen for scans and card
 * reads. Exit 0 when every device is healthy, 3 when one is not (naming it and why).
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check this terminal's devices: list serial ports, open every configured device and show its state.",
                "Exit status 0 when every device is healthy, 3 when one is not."})
final class DoctorCommand extends SiteCommand implements java.util.concurrent.Callable<Integer> {
    /** What the test receipt's QR code says, so a scanner test can expect it. */
    static final String TEST_PAYLOAD = "MADANG-TEST-PRINT";
    static final int UNHEALTHY = 3;

    @Option(names = "--test-print", description = "Print the test receipt on the receipt printer.")
    boolean testPrint;

    @Option(names = "--listen", paramLabel = "SECONDS", description = "Print each QR scan and ID read as one JSON line, for SECONDS.")
    int listenSeconds;

    @Option(names = "--events", paramLabel = "N", description = "With --listen: stop after N scans or reads.")
    int maxEvents;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        SiteDirectory dir = new SiteDirectory(site());
        SiteConfig config = SiteRuntime.loadConfig(dir, options.sets, System.getenv());
        PrintWriter out = out();
        Clock clock = Clock.system(config.site().zone());

        ports(config, out);

        Map<String, Device> devices = new LinkedHashMap<>();
        try {
            ReceiptPrinter printer = DeviceAssembly.receiptPrinter(config.devices().receiptPrinter(), dir.outbox(),
                    () -> new ReceiptImageRenderer(HangulFonts.find(config.ui().font()).orElse(java.awt.Font.SANS_SERIF)), clock);
            devices.put(DeviceAssembly.RECEIPT_PRINTER, printer);
            devices.put(DeviceAssembly.DOCUMENT_PRINTER, DeviceAssembly.documentPrinter(config.devices().documentPrinter(), dir.outbox(), clock));
            QrScanner scanner = DeviceAssembly.qrScanner(config.devices().qrScanner(), new SimulatedQrScanner());
            devices.put(DeviceAssembly.QR_SCANNER, scanner);
            IdReader reader = DeviceAssembly.idReader(config.devices().idReader(), new SimulatedIdReader(), clock);
            devices.put(DeviceAssembly.ID_READER, reader);
            devices.put(DeviceAssembly.VOICE, DeviceAssembly.voice(config.devices().voice()));
            devices.values().forEach(d -> d.addDeviceListener(e -> event(out, e)));
            devices.values().forEach(Device::open);

            out.println("Devices:");
            devices.forEach((label, d) -> {
                Health h = d.health();
                out.printf("  %-16s %-8s %-6s %s%n", label, d.state(), h.healthy() ? "ok" : "FAULT", h.reason());
                out.printf("  %-16s %s%n", "", d.name());
            });
            out.flush();

            if (testPrint) {
                testPrint(printer, config, clock, out);
            }
            if (listenSeconds > 0) {
                listen(scanner, reader, out);
            }
            return verdict(devices);
        } finally {
            devices.values().forEach(Device::close);
        }
    }

    private static void ports(SiteConfig config, PrintWriter out) {
        List<String> configured = new ArrayList<>();
        for (DeviceUri uri : List.of(config.devices().receiptPrinter(), config.devices().qrScanner(), config.devices().idReader())) {
            if (uri.driver().endsWith("+serial") && !uri.target().isBlank()) {
                configured.add(uri.target());
            }
        }
        out.println("Serial ports:");
        List<SerialPorts.Port> ports = SerialPorts.list(configured);
        if (ports.isEmpty()) {
            out.println("  (none)");
        }
        for (SerialPorts.Port p : ports) {
            out.printf("  %-28s %s%s%n", p.path(), p.kind(), p.present() ? "" : " (missing)");
        }
        out.flush();
    }

    private void testPrint(ReceiptPrinter printer, SiteConfig config, Clock clock, PrintWriter out) {
        Receipt receipt = Receipt.builder()
                .title(config.site().name())
                .centred("테스트 영수증 / test receipt")
                .rule()
                .row("단말 Terminal", config.terminal().id())
                .row("시각 Time", LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .row("프린터 Printer", printer.name().length() > 24 ? printer.name().substring(0, 24) : printer.name())
                .qr(TEST_PAYLOAD)
                .cut()
                .build();
        PrintResult result = printer.print(receipt);
        if (result instanceof PrintResult.Failed failed) {
            out.println("Test print: failed: " + failed.reason());
        } else {
            out.println("Test print: printed");
        }
        out.flush();
    }

    private void listen(QrScanner scanner, IdReader reader, PrintWriter out) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger count = new AtomicInteger();
        Consumer<ObjectNode> emit = node -> {
            synchronized (out) {
                out.println(node.toString());
                out.flush();
            }
            if (maxEvents > 0 && count.incrementAndGet() >= maxEvents) {
                done.countDown();
            }
        };
        scanner.addListener(text -> emit.accept(line(DeviceAssembly.QR_SCANNER, "scan").put("text", text)));
        reader.addListener(new IdReaderListener() {
            @Override
            public void identified(Identity identity) {
                ObjectNode node = line(DeviceAssembly.ID_READER, "read");
                ObjectNode id = node.putObject("identity");
                id.put("documentNumber", identity.documentNumber());
                id.put("surname", identity.surname());
                id.put("givenNames", identity.givenNames());
                id.put("nationality", identity.nationality());
                id.put("birthDate", identity.birthDate().toString());
                id.put("sex", identity.sex());
                id.put("expiryDate", identity.expiryDate().toString());
                emit.accept(node);
            }

            @Override
            public void refused(String reason) {
                emit.accept(line(DeviceAssembly.ID_READER, "refused").put("reason", reason));
            }
        });
        out.println("Listening for " + listenSeconds + " s: scan a code or insert a card.");
        out.flush();
        done.await(listenSeconds, TimeUnit.SECONDS);
    }

    private ObjectNode line(String device, String event) {
        ObjectNode node = json.createObjectNode();
        node.put("device", device);
        node.put("event", event);
        return node;
    }

    private void event(PrintWriter out, DeviceEvent e) {
        if (listenSeconds <= 0) {
            return;
        }
        ObjectNode node = e instanceof DeviceEvent.StatusChanged s
                ? line(e.device(), "status").put("status", s.status().name())
                : line(e.device(), "error").put("message", ((DeviceEvent.Error) e).message());
        synchronized (out) {
            out.println(node.toString());
            out.flush();
        }
    }

    private int verdict(Map<String, Device> devices) {
        PrintWriter err = err();
        boolean healthy = true;
        for (Map.Entry<String, Device> e : devices.entrySet()) {
            Health h = e.getValue().health();
            if (!h.healthy()) {
                err.println(e.getKey() + ": " + h.reason());
                healthy = false;
            }
        }
        err.flush();
        return healthy ? 0 : UNHEALTHY;
    }
}
