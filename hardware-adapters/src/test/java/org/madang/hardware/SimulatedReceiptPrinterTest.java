package org.madang.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.sim.SimulatedReceiptPrinter;

class SimulatedReceiptPrinterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Seoul"));

    static String decodeQr(BufferedImage image) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void savesEachReceiptAsAPngWhoseQrCodeReadsBack(@TempDir Path outbox) throws Exception {
        SimulatedReceiptPrinter printer = new SimulatedReceiptPrinter(outbox, new ReceiptImageRenderer("SansSerif"), clock);
        Receipt receipt = Receipt.builder().title("Test site").row("Day", "Sat 21 Nov").qr("MDG1.B.B0000001-8.abc").cut().build();

        PrintResult first = printer.print(receipt);
        PrintResult second = printer.print(receipt);

        assertThat(first.printed()).isTrue();
        assertThat(second.printed()).isTrue();
        try (var files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("receipt-20261121-100000-001.png", "receipt-20261121-100000-002.png");
        }
        BufferedImage saved = ImageIO.read(printer.lastPrinted().orElseThrow().file().toFile());
        assertThat(saved.getWidth()).isEqualTo(ReceiptImageRenderer.PAPER_DOTS);
        assertThat(decodeQr(saved)).isEqualTo("MDG1.B.B0000001-8.abc");
    }

    @Test
    void anUnwritableOutboxIsAFailedJobNotAnException(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        SimulatedReceiptPrinter printer = new SimulatedReceiptPrinter(notAFolder, new ReceiptImageRenderer("SansSerif"), clock);
        PrintResult result = printer.print(Receipt.builder().text("x").build());
        assertThat(result).isInstanceOf(PrintResult.Failed.class);
        assertThat(printer.lastPrinted()).isEmpty();
    }

    @Test
    void plainTextListsWhatIsPrinted() {
        Receipt receipt = Receipt.builder().title("마당").row("요금", "4,000원").qr("q").build();
        assertThat(receipt.plainText()).isEqualTo("마당\n요금 4,000원\n");
        assertThat(receipt.qrPayloads()).containsExactly("q");
    }
}
