package org.madang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.madang.config.DeviceUri;
import org.madang.hardware.document.DocumentPrinter;
import org.madang.hardware.document.JavaxDocumentPrinter;
import org.madang.hardware.document.NullDocumentPrinter;
import org.madang.hardware.escpos.EscPosPrinter;
import org.madang.hardware.escpos.PrinterProfile;
import org.madang.hardware.escpos.PrinterProfiles;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.id.MrzFraming;
import org.madang.hardware.id.NullIdReader;
import org.madang.hardware.id.PcscCardReader;
import org.madang.hardware.id.WedgeMrzReader;
import org.madang.hardware.id.SerialMrzReader;
import org.madang.hardware.qr.LineAssembler;
import org.madang.hardware.qr.QrScanner;
import org.madang.hardware.qr.ScanFilter;
import org.madang.hardware.qr.SerialQrScanner;
import org.madang.hardware.qr.WedgeDecoder;
import org.madang.hardware.qr.WedgeQrScanner;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.sim.SimulatedDocumentPrinter;
import org.madang.hardware.sim.SimulatedIdReader;
import org.madang.hardware.sim.SimulatedQrScanner;
import org.madang.hardware.sim.SimulatedReceiptPrinter;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.hardware.transport.FileTransport;
import org.madang.hardware.transport.SerialSettings;
import org.madang.hardware.transport.SerialTransport;
import org.madang.hardware.transport.TcpTransport;
import org.madang.hardware.transport.Transport;
import org.madang.hardware.voice.EspeakVoice;
import org.madang.hardware.voice.NullVoice;
import org.madang.hardware.voice.Voice;

/**
 * Makes the driver each configured device URI names. Only here are concrete drivers chosen; a
 * URI whose parameters are wrong is a usage error naming the key, e.g.
 * {@code devices.receiptPrinter: unknown printer profile 'x' (known: …)}.
 */
final class DeviceAssembly {
    static final String RECEIPT_PRINTER = "receiptPrinter";
    static final String QR_SCANNER = "qrScanner";
    static final String ID_READER = "idReader";
    static final String DOCUMENT_PRINTER = "documentPrinter";
    static final String VOICE = "voice";

    private DeviceAssembly() {
    }

    /** @param renderer asked only for the simulator, which draws receipts as images */
    static ReceiptPrinter receiptPrinter(DeviceUri uri, Path outbox, java.util.function.Supplier<ReceiptImageRenderer> renderer, Clock clock) {
        return build(RECEIPT_PRINTER, () -> switch (uri.driver()) {
            case "sim" -> new SimulatedReceiptPrinter(outbox, renderer.get(), clock);
            case "escpos+serial", "escpos+tcp", "escpos+file" -> new EscPosPrinter(RECEIPT_PRINTER, uri.toString(),
                    printerTransport(uri), profile(uri.params()), EscPosPrinter.Timing.DEFAULT);
            default -> throw notInThisBuild(uri);
        });
    }

    private static Transport printerTransport(DeviceUri uri) {
        return switch (uri.driver()) {
            case "escpos+serial" -> serial(uri);
            case "escpos+tcp" -> TcpTransport.parse(uri.target());
            default -> new FileTransport(Path.of(requirePath(uri)));
        };
    }

    private static PrinterProfile profile(Map<String, String> params) {
        return PrinterProfiles.byId(params.getOrDefault("profile", PrinterProfiles.GENERIC.id()));
    }

    static QrScanner qrScanner(DeviceUri uri, SimulatedQrScanner sim) {
        return build(QR_SCANNER, () -> switch (uri.driver()) {
            case "sim" -> sim;
            case "qr+serial" -> new SerialQrScanner(QR_SCANNER, uri.toString(), serial(uri),
                    LineAssembler.Suffix.parse(uri.params().getOrDefault("suffix", "CR")),
                    number(uri.params(), "maxLength", ScanFilter.DEFAULT_MAX_LENGTH));
            case "qr+wedge" -> new WedgeQrScanner(QR_SCANNER, uri.toString(), number(uri.params(), "gapMs", (int) WedgeDecoder.DEFAULT_THRESHOLD_MS),
                    number(uri.params(), "maxLength", ScanFilter.DEFAULT_MAX_LENGTH));
            default -> throw notInThisBuild(uri);
        });
    }

    static IdReader idReader(DeviceUri uri, SimulatedIdReader sim, Clock clock) {
        return build(ID_READER, () -> switch (uri.driver()) {
            case "sim" -> sim;
            case "mrz+serial" -> new SerialMrzReader(ID_READER, uri.toString(), serial(uri),
                    MrzFraming.Kind.parse(uri.params().getOrDefault("framing", "lines")), clock);
            case "pcsc" -> pcsc(uri);
            case "mrz+wedge" -> new WedgeMrzReader(ID_READER, uri.toString(), number(uri.params(), "gapMs", (int) WedgeDecoder.DEFAULT_THRESHOLD_MS), clock);
            default -> throw notInThisBuild(uri);
        });
    }

    /** A printer that is not there is a null device saying so, not an error: the kiosk goes on without certificates. */
    static DocumentPrinter documentPrinter(DeviceUri uri, Path outbox, Clock clock) {
        return build(DOCUMENT_PRINTER, () -> {
            switch (uri.driver()) {
                case "sim":
                    return new SimulatedDocumentPrinter(outbox, clock);
                case "print":
                    try {
                        return new JavaxDocumentPrinter(DOCUMENT_PRINTER, uri.toString(), JavaxDocumentPrinter.find(uri.target()));
                    } catch (IllegalArgumentException missing) {
                        return new NullDocumentPrinter(uri.toString(), missing.getMessage());
                    }
                default:
                    throw notInThisBuild(uri);
            }
        });
    }

    /** Without espeak-ng the voice is a null device saying so; the screens still show every word. */
    static Voice voice(DeviceUri uri) {
        return build(VOICE, () -> {
            switch (uri.driver()) {
                case "sim":
                    return new SimulatedVoice();
                case "espeak":
                    String command = uri.params().getOrDefault("command", "espeak-ng");
                    java.util.Optional<String> missing = EspeakVoice.unavailable(command);
                    if (missing.isPresent()) {
                        return new NullVoice(uri.toString(), missing.get());
                    }
                    String wav = uri.params().get("wav");
                    return new EspeakVoice(VOICE, uri.toString(), command, uri.params().getOrDefault("voice", "ko"),
                            number(uri.params(), "rate", 150), number(uri.params(), "volume", 100), wav == null ? null : Path.of(wav));
                default:
                    throw notInThisBuild(uri);
            }
        });
    }

    private static IdReader pcsc(DeviceUri uri) {
        try {
            return PcscCardReader.find(ID_READER, uri.toString(), uri.target());
        } catch (IllegalArgumentException missing) {
            return new NullIdReader(uri.toString(), missing.getMessage());
        }
    }

    private static SerialTransport serial(DeviceUri uri) {
        return new SerialTransport(requirePath(uri), SerialSettings.from(uri.params()));
    }

    private static String requirePath(DeviceUri uri) {
        if (uri.target().isBlank()) {
            throw new IllegalArgumentException("no port given (e.g. " + uri.driver() + ":/dev/ttyUSB0)");
        }
        return uri.target();
    }

    private static int number(Map<String, String> params, String key, int fallback) {
        String v = params.get(key);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + v + "' is not a number");
        }
    }

    private static IllegalArgumentException notInThisBuild(DeviceUri uri) {
        return new IllegalArgumentException("driver '" + uri.driver() + "' is not available in this build");
    }

    private static <T> T build(String key, java.util.function.Supplier<T> maker) {
        try {
            return maker.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("devices." + key + ": " + e.getMessage());
        }
    }
}
