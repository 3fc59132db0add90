package org.madang.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madang.hardware.emulator.EscPosParser;
import org.madang.hardware.receipt.Receipt;

class EscPosEncoderTest {

    static String decode(BufferedImage image) throws Exception {
        // paper is white around the code: give the decoder a quiet zone
        BufferedImage padded = new BufferedImage(image.getWidth() + 80, image.getHeight() + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = padded.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, padded.getWidth(), padded.getHeight());
        g.drawImage(image, 40, 40, null);
        g.dispose();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(padded)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static byte[] bytes(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void everyJobStartsByInitialisingAndSwitchingOnKoreanMode() {
        byte[] out = new EscPosEncoder(PrinterProfiles.GENERIC).encode(Receipt.builder().text("x").build()).bytes();
        assertThat(out).startsWith(bytes("1B 40 1B 52 0D 1C 26"));
    }

    @Test
    void nativeQrCountsTheLengthInBytesNotCharacters() {
        String payload = "예약-420";  // 6 characters, 10 bytes in UTF-8
        var encoded = new EscPosEncoder(PrinterProfiles.EPSON_TM_T88).encode(Receipt.builder().qr(payload).build());
        byte[] out = encoded.bytes();
        assertThat(encoded.nativeQrCodes()).isEqualTo(1);
        assertThat(indexOf(out, bytes("1D 28 6B 04 00 31 41 32 00"))).as("model 2").isPositive();
        assertThat(indexOf(out, bytes("1D 28 6B 03 00 31 43 06"))).as("module size").isPositive();
        assertThat(indexOf(out, bytes("1D 28 6B 03 00 31 45 31"))).as("ECC M").isPositive();
        byte[] store = new byte[8 + 10];
        System.arraycopy(bytes("1D 28 6B 0D 00 31 50 30"), 0, store, 0, 8);
        System.arraycopy(payload.getBytes(StandardCharsets.UTF_8), 0, store, 8, 10);
        assertThat(indexOf(out, store)).as("store with pL = 10 bytes + 3").isPositive();
        assertThat(indexOf(out, bytes("1D 28 6B 03 00 31 51 30"))).as("print").isGreaterThan(indexOf(out, store));
    }

    @Test
    void aProfileWithoutNativeQrSendsARasterThatScansBack() throws Exception {
        String payload = "MDG1.B.B0000042-7.한글";
        var encoded = new EscPosEncoder(PrinterProfiles.GENERIC).encode(Receipt.builder().qr(payload).build());
        assertThat(encoded.rasterQrCodes()).isEqualTo(1);
        EscPosParser printed = EscPosParser.parse(encoded.bytes());
        assertThat(printed.errors()).isEmpty();
        assertThat(printed.qrPayloads()).isEmpty();
        assertThat(printed.images()).hasSize(1);
        assertThat(decode(printed.images().get(0))).isEqualTo(payload);
    }

    @Test
    void aPayloadTooLongForThePrintersQrCommandFallsBackToRaster() {
        String payload = "x".repeat(300);
        var encoded = new EscPosEncoder(PrinterProfiles.BIXOLON_SRP350).encode(Receipt.builder().qr(payload).build());
        assertThat(encoded.nativeQrCodes()).isZero();
        assertThat(encoded.rasterQrCodes()).isEqualTo(1);
    }

    @Test
    void rowsAlignHangulAndAsciiByColumns() {
        Receipt receipt = Receipt.builder().row("예약번호", "B0000042-7").row("Facility", "체육관").rule().build();
        EscPosParser printed = EscPosParser.parse(new EscPosEncoder(PrinterProfiles.GENERIC_58).encode(receipt).bytes());
        assertThat(printed.errors()).isEmpty();
        assertThat(printed.lines()).containsExactly(
                "예약번호" + " ".repeat(32 - 8 - 10) + "B0000042-7",
                "Facility" + " ".repeat(32 - 8 - 6) + "체육관",
                "-".repeat(32));
    }

    @Test
    void aValueTooLongForTheRowGoesOnItsOwnLineRightAligned() {
        Receipt receipt = Receipt.builder().row("시설", "마당군 종합운동장 실내 배드민턴장 2번 코트").build();
        EscPosParser printed = EscPosParser.parse(new EscPosEncoder(PrinterProfiles.GENERIC_58).encode(receipt).bytes());
        List<String> lines = printed.lines();
        assertThat(lines.get(0)).isEqualTo("시설");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(KoreanText.columns(l)).isLessThanOrEqualTo(32));
        assertThat(String.join("", lines.subList(1, lines.size())).replace(" ", "")).isEqualTo("마당군종합운동장실내배드민턴장2번코트");
    }

    @Test
    void doubleSizeTextWrapsAtHalfTheColumns() {
        Receipt receipt = Receipt.builder().title("마당 행정복지센터 평생학습관").build();
        EscPosParser printed = EscPosParser.parse(new EscPosEncoder(PrinterProfiles.GENERIC_58).encode(receipt).bytes());
        assertThat(printed.lines()).allSatisfy(l -> assertThat(KoreanText.columns(l)).isLessThanOrEqualTo(16));
        assertThat(String.join(" ", printed.lines())).isEqualTo("마당 행정복지센터 평생학습관");
    }

    @Test
    void barcodeLogoAndCutAreUnderstood() {
        BufferedImage logo = new BufferedImage(800, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 100);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 400, 100);
        g.dispose();
        Receipt receipt = Receipt.builder().logo(logo).barcode("B0000042-7").cut().build();
        EscPosParser printed = EscPosParser.parse(new EscPosEncoder(PrinterProfiles.EPSON_TM_T88).encode(receipt).bytes());
        assertThat(printed.errors()).isEmpty();
        assertThat(printed.barcodes()).containsExactly("B0000042-7");
        assertThat(printed.images()).hasSize(1);
        assertThat(printed.images().get(0).getWidth()).isEqualTo(576);
        assertThat(printed.images().get(0).getRGB(10, 10)).isEqualTo(0xFF000000);
        assertThat(printed.images().get(0).getRGB(500, 10)).isEqualTo(0xFFFFFFFF);
        assertThat(printed.cuts()).isEqualTo(1);
    }

    @Test
    void charactersOutsideKsX1001AreReplacedVisiblyAndReported() {
        List<String> replaced = new ArrayList<>();
        byte[] out = KoreanText.encode("똠 😀 가", replaced);
        assertThat(replaced).containsExactly("똠", "😀");
        assertThat(new String(out, java.nio.charset.Charset.forName("EUC-KR"))).isEqualTo("□ □ 가");
        assertThat(new String(out, java.nio.charset.Charset.forName("EUC-KR"))).doesNotContain("?");
    }

    @Test
    void charactersWithALookAlikeInKsX1001PrintAsIt() {
        List<String> replaced = new ArrayList<>();
        byte[] out = KoreanText.encode("10:00 – 11:00 ₩4,000", replaced);
        assertThat(replaced).isEmpty();
        assertThat(new String(out, java.nio.charset.Charset.forName("EUC-KR"))).isEqualTo("10:00 - 11:00 ￦4,000");
    }

    @Test
    void statusRepliesAreToldApartFromStatusBackAndFlowControl() {
        assertThat(PrinterStatus.isStatusReply(0x12)).isTrue();
        assertThat(PrinterStatus.isStatusReply(0x7E)).isTrue();
        assertThat(PrinterStatus.isStatusReply(0x11)).isFalse();
        assertThat(PrinterStatus.isStatusReply(0x13)).isFalse();
        assertThat(PrinterStatus.isStatusBackStart(0x10)).isTrue();
        assertThat(PrinterStatus.isStatusBackStart(0x12)).isFalse();
        assertThat(PrinterStatus.isStatusBackStart(0x11)).isFalse();
        assertThat(PrinterStatus.fromReplies(0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.READY);
        assertThat(PrinterStatus.fromReplies(0x1A, 0x32, 0x7E).fault()).isEqualTo("paper out");
        assertThat(PrinterStatus.fromReplies(0x1A, 0x16, 0x12).fault()).isEqualTo("cover open");
        assertThat(PrinterStatus.fromReplies(0x12, 0x12, 0x1E)).satisfies(s -> {
            assertThat(s.paperNearEnd()).isTrue();
            assertThat(s.fault()).isNull();
        });
    }
}
