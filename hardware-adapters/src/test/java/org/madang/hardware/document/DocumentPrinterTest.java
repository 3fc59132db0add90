package org.madang.hardware.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.sim.SimulatedDocumentPrinter;

class DocumentPrinterTest {

    static byte[] twoPagePdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 720);
                    text.showText("Certificate page " + i);
                    text.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfGoesThroughJavaxPrintPageByPage() throws Exception {
        ByteArrayOutputStream postscript = new ByteArrayOutputStream();
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).isNotEmpty();
        StreamPrintService service = factories[0].getPrintService(postscript);
        try (JavaxDocumentPrinter printer = new JavaxDocumentPrinter("documentPrinter", "print:postscript", service)) {
            printer.open();
            assertThat(printer.print("주민등록표 등본", twoPagePdf())).isEqualTo(new PrintResult.Printed());
        }
        String ps = postscript.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps).startsWith("%!PS");
        assertThat(ps).contains("%%Page: 1 1", "%%Page: 2 2").doesNotContain("%%Page: 3 3");
    }

    @Test
    void somethingThatIsNotAPdfFailsTheJobWithAReason() throws Exception {
        StreamPrintService service = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(new ByteArrayOutputStream());
        try (JavaxDocumentPrinter printer = new JavaxDocumentPrinter("documentPrinter", "print:postscript", service)) {
            PrintResult result = printer.print("x", "not a pdf".getBytes(StandardCharsets.UTF_8));
            assertThat(((PrintResult.Failed) result).reason()).startsWith("the document is not a readable PDF");
        }
    }

    @Test
    void anUnknownPrinterNameListsThePrintersThereAre() {
        assertThatThrownBy(() -> JavaxDocumentPrinter.find("no-such-printer-here"))
                .hasMessageStartingWith("no printer named 'no-such-printer-here' (printers here: ");
    }

    @Test
    void theSimulatorSavesEachPdfIntoTheOutbox(@TempDir Path outbox) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        try (SimulatedDocumentPrinter printer = new SimulatedDocumentPrinter(outbox, clock)) {
            printer.open();
            byte[] pdf = twoPagePdf();
            assertThat(printer.print("등본", pdf).printed()).isTrue();
            assertThat(printer.lastPrinted()).hasValueSatisfying(f -> assertThat(f.getFileName()).hasToString("document-20261121-100000-001.pdf"));
            assertThat(Files.readAllBytes(printer.lastPrinted().orElseThrow())).isEqualTo(pdf);
            printer.pullPaper();
            assertThat(((PrintResult.Failed) printer.print("등본", pdf)).fault()).isEqualTo(PrintResult.Fault.PAPER_OUT);
            assertThat(printer.health().reason()).isEqualTo("paper out");
        }
    }
}
