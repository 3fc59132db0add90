package org.madang.hardware.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.document.DocumentPrinter;
import org.madang.hardware.receipt.PrintResult;

/** A document printer for the demo and practice: each PDF is saved into the outbox folder. */
public final class SimulatedDocumentPrinter extends SimulatedDevice implements DocumentPrinter {
    private final Path outbox;
    private final Clock clock;
    private final AtomicReference<Path> last = new AtomicReference<>();

    public SimulatedDocumentPrinter(Path outbox, Clock clock) {
        super("documentPrinter", "sim:");
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public PrintResult print(String title, byte[] pdf) {
        String f = fault();
        if (f != null) {
            return new PrintResult.Failed("paper out".equals(f) ? PrintResult.Fault.PAPER_OUT : PrintResult.Fault.NOT_CONNECTED, f);
        }
        try {
            Path file = Outbox.newFile(outbox, "document", "pdf", clock);
            Files.write(file, pdf);
            last.set(file);
            return new PrintResult.Printed();
        } catch (IOException e) {
            return new PrintResult.Failed(PrintResult.Fault.OTHER, "the outbox folder cannot be written: " + e.getMessage());
        }
    }

    /** The file of the last document that came out, if any. */
    public Optional<Path> lastPrinted() {
        return Optional.ofNullable(last.get());
    }

    /** Takes the paper out of the tray: jobs fail with "paper out" until {@link #loadPaper()}. */
    public void pullPaper() {
        setFault("paper out", DeviceStatus.PAPER_OUT);
    }

    public void loadPaper() {
        clearFault(DeviceStatus.PAPER_OK);
    }
}
