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

    /** Two seals whose clean, computer-drawn codes zxing's finder alone does not see (found by trying 300 random seals). */
    @Test
    void readsTheCodesTheFinderAloneMisses() {
        for (String seal : new String[] {
                "MDG1.D._hb-z_7p.2611220951341916.P-TZTYl7A_tnc4rxR3COvQ.ZEA4JziLG7x1YSvjDPe-ndjk8qz92Wvga_AOiZw2VT1zKjATwpX-5Otq7frBqCCZA4cyCX8YEu67xAC7NF0HIg",
                "MDG1.D.r5pU4DUC.2611220978236151.VKTwvPUiVmmW3tjVx05Gpw.u0ZQ0VWFYR0kq5VMyKLZDZgzT220mf2lgSLkP0QLFHOnhKURq7jROS-UB3vuRpjf6lSVBX-Wdoo3s2KYQpK0hQ"}) {
            com.google.zxing.common.BitMatrix m = org.madang.hardware.receipt.QrImages.encode(seal);
            BufferedImage image = new BufferedImage(m.getWidth() * 4, m.getHeight() * 4, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, m.get(x / 4, y / 4) ? 0 : 0xFFFFFF);
                }
            }
            assertThat(QrImageDecoder.decode(image)).hasValue(seal);
        }
    }
}
