package org.madang.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;

class QrImageDecoderTest {

    @Test
    void readsTheQrOfAReceiptPictureFile(@TempDir Path dir) throws Exception {
        BufferedImage receipt = new ReceiptImageRenderer("SansSerif").render(Receipt.builder().text("예약").qr("MDG1.B.B0000042-7.마당").build());
        Path file = dir.resolve("photo.png");
        ImageIO.write(receipt, "png", file.toFile());
        assertThat(QrImageDecoder.decode(file)).hasValue("MDG1.B.B0000042-7.마당");
    }

    @Test
    void aPictureWithoutACodeIsEmptyAndANonPictureSaysSo(@TempDir Path dir) throws Exception {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        assertThat(QrImageDecoder.decode(blank)).isEmpty();
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> QrImageDecoder.decode(text)).hasMessageContaining("not a picture");
    }
}
