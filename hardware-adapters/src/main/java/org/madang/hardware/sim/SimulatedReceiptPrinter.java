package org.madang.hardware.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.madang.hardware.device.DeviceStatus;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A receipt printer for the demo and practice: each receipt is drawn like thermal paper and
 * saved as a PNG in the outbox folder, and the last one is kept for the screen to show.
 */
public final class SimulatedReceiptPrinter extends SimulatedDevice implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(SimulatedReceiptPrinter.class);

    private final Path outbox;
    private final ReceiptImageRenderer renderer;
    private final Clock clock;
    private final AtomicReference<PrintedReceipt> last = new AtomicReference<>();

    public SimulatedReceiptPrinter(Path outbox, ReceiptImageRenderer renderer, Clock clock) {
        super("receiptPrinter", "sim:");
        this.outbox = outbox;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public PrintResult print(Receipt receipt) {
        String f = fault();
        if (f != null) {
            return new PrintResult.Failed("paper out".equals(f) ? PrintResult.Fault.PAPER_OUT : PrintResult.Fault.NOT_CONNECTED, f);
        }
        BufferedImage image = renderer.render(receipt);
        try {
            Path file = Outbox.newFile(outbox, "receipt", "png", clock);
            ImageIO.write(image, "png", file.toFile());
            last.set(new PrintedReceipt(receipt, image, file));
            log.info("simulated receipt printed to {}", file);
            return new PrintResult.Printed();
        } catch (IOException e) {
            log.warn("simulated receipt printer could not write to {}", outbox, e);
            return new PrintResult.Failed(PrintResult.Fault.OTHER, "the outbox folder cannot be written: " + e.getMessage());
        }
    }

    @Override
    public boolean canPrint(Receipt receipt) {
        return renderer.canDraw(receipt.plainText());
    }

    /** The most recent receipt that came out, if any. */
    public Optional<PrintedReceipt> lastPrinted() {
        return Optional.ofNullable(last.get());
    }

    /** Takes the paper out: jobs fail with "paper out" until {@link #loadPaper()}. */
    public void pullPaper() {
        setFault("paper out", DeviceStatus.PAPER_OUT);
    }

    /** The roll runs low: receipts still print, and the printer says so (paper near end). */
    public void runLow() {
        events.status(DeviceStatus.PAPER_NEAR_END);
    }

    /** Loads a new roll. */
    public void loadPaper() {
        if (fault() != null) {
            clearFault(DeviceStatus.PAPER_OK);
        } else {
            events.status(DeviceStatus.PAPER_OK);
        }
    }

    /** A receipt the simulator printed: what was sent, how it looked, and where the image is. */
    public record PrintedReceipt(Receipt receipt, BufferedImage image, Path file) {
    }
}
