package org.madang.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Booking;
import org.madang.core.facility.Facility;
import org.madang.core.testing.TestSite;
import org.madang.hardware.escpos.EscPosPrinter;
import org.madang.hardware.escpos.PrinterProfiles;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.sim.SimulatedReceiptPrinter;
import org.madang.hardware.transport.FileTransport;
import org.madang.ui.HangulFonts;
import org.madang.ui.LanguageFonts;
import org.madang.ui.Messages;

/**
 * A kiosk receipt is Korean, with the resident's language beside it where the printer can print
 * it: a Korean text printer (EUC-KR) has no 简体 and no Vietnamese stacked accents, so Chinese and
 * Vietnamese sessions get Korean and English there, and their own words on a printer that draws
 * its receipts with a font that has them.
 */
class ReceiptLanguagesTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    private Receipt bookingReceipt(String language, ReceiptPrinter printer) {
        Booking booking = site.bookingStore().upcoming(1, LocalDateTime.now(site.clock)).get(0).booking();
        Facility facility = site.facilities().byId(booking.facilityId()).orElseThrow();
        return ReceiptLanguages.compose(Messages.forLanguage(language), printer, w -> site.receipts().booking(booking, facility, w));
    }

    private ReceiptPrinter textPrinter() throws Exception {
        Path file = Files.createTempFile("madang-escpos-", ".bin");
        return new EscPosPrinter("receiptPrinter", "escpos+file:" + file, new FileTransport(file), PrinterProfiles.EPSON_TM_T88,
                EscPosPrinter.Timing.DEFAULT);
    }

    private ReceiptPrinter drawingPrinter(String language) {
        String hangul = HangulFonts.find(java.util.Optional.empty()).orElseThrow();
        String family = LanguageFonts.family(language, hangul)
                .orElseThrow(() -> new AssertionError("tests need a font with " + language + " letters and Hangul (fonts-noto-cjk)"));
        return new SimulatedReceiptPrinter(site.dir.outbox(), new ReceiptImageRenderer(family), site.clock);
    }

    @Test
    void aKoreanSessionsReceiptIsKoreanOnly() throws Exception {
        String text = bookingReceipt("ko", textPrinter()).plainText();
        assertThat(text).contains("날짜", "예약 번호").doesNotContain("Day", "Booking no");
    }

    @Test
    void anEnglishSessionsReceiptIsKoreanAndEnglishOnAnyPrinter() throws Exception {
        ReceiptPrinter printer = textPrinter();
        Receipt receipt = bookingReceipt("en", printer);
        assertThat(receipt.plainText()).contains("시설 예약 확인증", "Facility booking receipt", "날짜 Day");
        assertThat(printer.canPrint(receipt)).isTrue();
    }

    @Test
    void chineseAndVietnameseFallBackToEnglishBesideKoreanOnATextPrinter() throws Exception {
        ReceiptPrinter printer = textPrinter();
        for (String language : new String[] {"zh", "vi"}) {
            Receipt receipt = bookingReceipt(language, printer);
            assertThat(receipt.plainText()).as(language).contains("시설 예약 확인증", "Facility booking receipt");
            // nothing comes out as a box
            assertThat(printer.canPrint(receipt)).as(language).isTrue();
        }
        // the resident's own words would not print there
        Booking booking = site.bookingStore().upcoming(1, LocalDateTime.now(site.clock)).get(0).booking();
        Facility facility = site.facilities().byId(booking.facilityId()).orElseThrow();
        Receipt chinese = site.receipts().booking(booking, facility,
                org.madang.core.receipt.ReceiptWords.koreanWith(Messages.forLanguage("ko"), Messages.forLanguage("zh")));
        assertThat(printer.canPrint(chinese)).isFalse();
    }

    @Test
    void onAPrinterThatDrawsTheirLettersTheyGetTheirOwnWordsBesideKorean() {
        Receipt chinese = bookingReceipt("zh", drawingPrinter("zh"));
        assertThat(chinese.plainText()).contains("시설 예약 확인증", Messages.forLanguage("zh").get("receipt.booking.title"))
                .doesNotContain("Facility booking receipt");
        Receipt vietnamese = bookingReceipt("vi", drawingPrinter("vi"));
        assertThat(vietnamese.plainText()).contains("시설 예약 확인증", Messages.forLanguage("vi").get("receipt.booking.title"));
    }
}
