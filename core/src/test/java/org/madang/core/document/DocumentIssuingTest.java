package org.madang.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentIssuing.Issued;
import org.madang.core.document.DocumentIssuing.Preparation;
import org.madang.core.document.DocumentIssuing.Ready;
import org.madang.core.document.Verification.Verdict;
import org.madang.core.site.SiteKeys;
import org.madang.core.testing.TestSite;
import org.madang.hardware.qr.QrImageDecoder;
import org.madang.hardware.sim.SimulatedDocumentPrinter;

/** Issuing, printing, reprinting and verifying real PDFs on the seeded demo site. */
class DocumentIssuingTest {
    private static final long KIM = 1;
    private static final long LEE = 2;
    private static final long PARK = 3;
    private static final long NGUYEN = 4;
    private static final long NGUYEN_HUSBAND = 8;

    private static TestSite site;
    private static DocumentIssuing documents;

    @BeforeAll
    static void seed() {
        site = TestSite.seeded(TestSite.tempRoot());
        documents = site.documents();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    private static Ready ready(long requester, long subject, String type, DocumentOptions options) {
        Preparation p = documents.prepare(requester, subject, type, options, Channel.KIOSK);
        assertThat(p).as(type + " for " + subject).isInstanceOf(Ready.class);
        return (Ready) p;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aRegistrationCopyComesOutInKoreanWithItsNumberAndAQrThatVerifies() throws Exception {
        Issued issued = documents.issue(ready(KIM, KIM, "rr-copy", DocumentOptions.DEFAULTS.withAddressHistory(true)), "resident:1");
        String text = text(issued.pdf());
        assertThat(text).contains("주민등록표", "김영희", "정광수", "세대주", "마당군 마당읍 느티나무길 12", "회기로",
                DocumentNumber.grouped(issued.issue().number()), "마당 행정복지센터");
        assertThat(text).contains("520315-2******").doesNotContain("520315-212345");

        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            String qr = QrImageDecoder.decode(page).orElseThrow();
            Seal seal = Seal.parse(qr).orElseThrow();
            assertThat(seal.kind()).isEqualTo(Seal.Kind.DOCUMENT);
            assertThat(seal.number()).isEqualTo(issued.issue().number());
            assertThat(site.verifier().code(qr).verdict()).isEqualTo(Verdict.VALID);
        }
        Verification v = site.verifier().pdf(issued.pdf());
        assertThat(v.verdict()).isEqualTo(Verdict.VALID);
        assertThat(v.wordsChecked()).isTrue();
        assertThat(v.summary().orElseThrow().holder()).isEqualTo("김*희");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentIssued' AND subject = 'document:"
                + issued.issue().number() + "'")).isEqualTo(1);
    }

    @Test
    void theFileIsPdfAWithTheKoreanFontEmbeddedAsASubset() throws Exception {
        Issued issued = documents.issue(ready(LEE, LEE, "family-relation", DocumentOptions.DEFAULTS), "resident:2");
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID)).isNotNull();
            PDPage page = doc.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // a subset's tag
            }
        }
        assertThat(issued.pdf().length).as("bytes").isLessThan(120_000);
        assertThat(text(issued.pdf())).contains("가족관계증명서", "이철수", "최순자", "이은정", "본인", "배우자", "자녀");
    }

    @Test
    void everyDocumentTypeIssuesForSomeoneAndVerifies() throws Exception {
        Object[][] cases = {
                {KIM, KIM, "rr-copy", "세대 구성원"},
                {KIM, KIM, "rr-abstract", "주소 변동 사항"},
                {LEE, LEE, "family-relation", "가족 사항"},
                {KIM, KIM, "local-tax", "체납액 없음"},
                {KIM, KIM, "course-completion", "수 료 증"},
                {KIM, KIM, "learning-history", "수강 이력"}};
        for (Object[] c : cases) {
            Issued issued = documents.issue(ready((Long) c[0], (Long) c[1], (String) c[2], DocumentOptions.DEFAULTS), "test");
            assertThat(text(issued.pdf())).as((String) c[2]).contains((String) c[3]);
            assertThat(site.verifier().pdf(issued.pdf()).verdict()).as((String) c[2]).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void theRulesSayNoInPlainWords() {
        assertThat(refusal(PARK, PARK, "local-tax", Channel.KIOSK)).isEqualTo("document.refused.arrears");
        assertThat(refusal(PARK, PARK, "course-completion", Channel.KIOSK)).isEqualTo("document.refused.noCompletion");
        assertThat(refusal(PARK, PARK, "learning-history", Channel.KIOSK)).isEqualTo("document.refused.noCourses");
        assertThat(refusal(KIM, KIM, "facility-use", Channel.KIOSK)).isEqualTo("document.refused.counterOnly");
        assertThat(refusal(KIM, LEE, "rr-copy", Channel.KIOSK)).isEqualTo("document.refused.notHousehold");
        assertThat(refusal(NGUYEN, NGUYEN_HUSBAND, "family-relation", Channel.KIOSK)).isEqualTo("document.refused.ownOnly");
        assertThat(refusal(KIM, KIM, "no-such-type", Channel.KIOSK)).isEqualTo("document.refused.unknownType");
    }

    private static String refusal(long requester, long subject, String type, Channel channel) {
        Preparation p = documents.prepare(requester, subject, type, DocumentOptions.DEFAULTS, channel);
        assertThat(p).isInstanceOf(DocumentIssuing.Refused.class);
        return ((DocumentIssuing.Refused) p).refusal().messageKey();
    }

    @Test
    void aHouseholdMemberMayObtainTheCopyAndTheBackHalfShowsOnlyWhenAskedFor() throws Exception {
        assertThat(documents.subjects(NGUYEN, documents.types().get(0))).extracting(p -> p.name())
                .containsExactly("한상철", "응우옌 티 마이", "한지우");
        Issued issued = documents.issue(ready(NGUYEN, NGUYEN_HUSBAND, "rr-copy", DocumentOptions.DEFAULTS.withRrnBack(true)), "resident:4");
        String text = text(issued.pdf());
        assertThat(text).contains("한상철", "한지우", "861203-1543216".substring(0, 8));
        assertThat(text).doesNotContain("******");
        assertThat(issued.issue().requesterId()).isEqualTo(NGUYEN);
        assertThat(issued.issue().subjectId()).isEqualTo(NGUYEN_HUSBAND);
    }

    @Test
    void copiesCostTheKioskFeeEach() {
        Ready r = ready(KIM, KIM, "rr-abstract", DocumentOptions.DEFAULTS.withCopies(3));
        assertThat(r.fee()).isEqualTo(600);
        Preparation counter = documents.prepare(KIM, KIM, "rr-abstract", DocumentOptions.DEFAULTS.withCopies(3), Channel.COUNTER);
        assertThat(((Ready) counter).fee()).isEqualTo(1200);
    }

    @Test
    void aChangedWordUnderAGenuineQrIsCaught() throws Exception {
        Ready r = ready(KIM, KIM, "rr-abstract", DocumentOptions.DEFAULTS);
        Issued issued = documents.issue(r, "test");
        Seal genuine = Seal.parse(sealOf(issued.pdf())).orElseThrow();
        // a forger re-types the document with another address and copies the real QR code onto it
        DocumentContent forged = new DocumentContent(r.content().typeCode(), r.content().title(), r.content().subtitle(),
                r.content().holder(), r.content().blocks().stream().map(b -> b instanceof DocumentContent.Fields f
                        ? (DocumentContent.Block) new DocumentContent.Fields(f.fields().stream().map(x -> x.value().contains("느티나무길 12")
                        ? new DocumentContent.Field(x.label(), x.value().replace("12", "21")) : x).toList()) : b).toList());
        byte[] copy = site.documentPdf().render(forged, new DocumentPdf.Stamp(issued.issue().number(), "마당 행정복지센터",
                issued.issue().issuedAt(), issued.issue().terminalId(), false), sha -> genuine).pdf();
        assertThat(text(copy)).contains("느티나무길 21");
        assertThat(site.verifier().pdf(copy).verdict()).isEqualTo(Verdict.ALTERED);
    }

    @Test
    void oneChangedByteOfTheWordsOrOfTheSignatureFails() throws Exception {
        Issued issued = documents.issue(ready(LEE, LEE, "rr-abstract", DocumentOptions.DEFAULTS), "test");
        // one byte of the page's words: a glyph code inside the first shown string
        byte[] altered;
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            PDPage page = doc.getPage(0);
            byte[] content;
            try (var in = page.getContents()) {
                content = in.readAllBytes();
            }
            String ops = new String(content, StandardCharsets.ISO_8859_1);
            int show = ops.indexOf("> Tj", ops.indexOf("> Tj") + 1);
            assertThat(show).isPositive();
            content[show - 1] = (byte) (content[show - 1] == '1' ? '2' : '1');
            PDStream stream = new PDStream(doc, new java.io.ByteArrayInputStream(content), org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.setContents(stream);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            altered = out.toByteArray();
        }
        assertThat(site.verifier().pdf(altered).verdict()).isEqualTo(Verdict.ALTERED);

        // one byte of the signature
        String qr = sealOf(issued.pdf());
        assertThat(site.verifier().code(qr).verdict()).isEqualTo(Verdict.VALID);
        Seal s = Seal.parse(qr).orElseThrow();
        byte[] sig = s.signature();
        sig[10] ^= 0x01;
        Seal bad = new Seal(s.kind(), s.keyId(), s.number(), s.contentHash(), sig);
        assertThat(site.verifier().code(bad.text()).verdict()).isEqualTo(Verdict.FORGED);
        // one byte of the sealed hash
        byte[] hash = s.contentHash();
        hash[0] ^= 0x01;
        assertThat(site.verifier().code(new Seal(s.kind(), s.keyId(), s.number(), hash, s.signature()).text()).verdict())
                .isEqualTo(Verdict.FORGED);
    }

    @Test
    void thePreviewOnAScreenHidesPeoplesDataThatThePaperShows() throws Exception {
        DocumentIssuing.Ready ready = ready(KIM, KIM, "rr-copy", DocumentOptions.DEFAULTS);
        String shown = text(documents.preview(ready));
        String printed = text(documents.issue(ready, "resident:" + KIM).pdf());
        // the household of 김영희: her husband heads it, their son lives with them
        assertThat(printed).contains("정광수", "김영희", "정민준", "520315-2******", "느티나무길 12");
        assertThat(shown).doesNotContain("정광수", "김영희", "정민준", "520315", "느티나무길")
                .contains("정*수", "김*희", "정*준", "●●●●●●-●●●●●●●", "마당군 마당읍 ●●●", "견본");
        // the same layout and lines: what the options change still shows
        assertThat(shown).contains("세대 구성원", "주민등록번호 뒷자리는");
    }

    @Test
    void aSampleVerifiesAsASampleNeverAsValid() throws Exception {
        byte[] sample = documents.preview(ready(KIM, KIM, "rr-copy", DocumentOptions.DEFAULTS));
        String text = text(sample);
        assertThat(text).contains("견본");
        try (PDDocument doc = Loader.loadPDF(sample)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i + 1);
                one.setEndPage(i + 1);
                assertThat(one.getText(doc)).as("page " + (i + 1)).contains("견본");
            }
        }
        Verification v = site.verifier().pdf(sample);
        assertThat(v.verdict()).isEqualTo(Verdict.SAMPLE);
        assertThat(v.valid()).isFalse();
        // a sample seal turned into a document seal no longer carries a true signature
        Seal s = Seal.parse(sealOf(sample)).orElseThrow();
        assertThat(site.verifier().code(new Seal(Seal.Kind.DOCUMENT, s.keyId(), s.number(), s.contentHash(), s.signature()).text())
                .verdict()).isEqualTo(Verdict.FORGED);
    }

    @Test
    void anotherSitesDocumentARevokedOneAndTypedNumbersAreToldApart(@TempDir Path other) throws Exception {
        Issued issued = documents.issue(ready(KIM, KIM, "learning-history", DocumentOptions.DEFAULTS), "test");
        String number = issued.issue().number();
        DocumentSigner elsewhere = new DocumentSigner(SiteKeys.fixed((byte) 9).documentKeys());
        Seal foreign = elsewhere.seal(Seal.Kind.DOCUMENT, number, new byte[32]);
        assertThat(site.verifier().code(foreign.text()).verdict()).isEqualTo(Verdict.OTHER_SITE);
        assertThat(site.verifier().code("MDG1.B.20261121-0001.abc").verdict()).isEqualTo(Verdict.NOT_A_DOCUMENT);
        assertThat(site.verifier().code("https://example.com/qr").verdict()).isEqualTo(Verdict.NOT_A_DOCUMENT);

        Verification typed = site.verifier().code(DocumentNumber.grouped(number));
        assertThat(typed.verdict()).isEqualTo(Verdict.VALID);
        assertThat(typed.wordsChecked()).isFalse();
        assertThat(typed.summary().orElseThrow().typeName().ko()).isEqualTo("평생학습 이력서");
        String typo = number.substring(0, 5) + (char) ('0' + (number.charAt(5) - '0' + 1) % 10) + number.substring(6);
        assertThat(site.verifier().code(typo).verdict()).isEqualTo(Verdict.MISTYPED);

        // a clerk may not withdraw a document; a supervisor may
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.revoke(number, "issued in error", "clerk:clerk1"))
                .isInstanceOf(org.madang.core.clerk.NotPermitted.class);
        assertThat(site.verifier().code(number).verdict()).isEqualTo(Verdict.VALID);
        assertThat(documents.revoke(number, "issued in error", "clerk:lead")).isTrue();
        assertThat(site.verifier().pdf(issued.pdf()).verdict()).isEqualTo(Verdict.REVOKED);
        assertThat(site.verifier().code(number).verdict()).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void aFailedPrintIsPrintedAgainWithoutASecondFeeAndTheSameDocument(@TempDir Path outbox) throws Exception {
        SimulatedDocumentPrinter printer = new SimulatedDocumentPrinter(outbox, site.clock);
        Issued issued = documents.issue(ready(KIM, KIM, "rr-copy", DocumentOptions.DEFAULTS.withCopies(2)), "resident:1");
        long feesBefore = site.count("SELECT COALESCE(SUM(fee), 0) FROM document_issue");
        printer.pullPaper();
        assertThat(documents.print(issued.issue(), issued.pdf(), printer).printed()).isFalse();
        DocumentIssue failed = documents.byNumber(issued.issue().number()).orElseThrow();
        assertThat(failed.printState()).isEqualTo("FAILED");
        assertThat(failed.printError()).contains("paper out");
        assertThat(documents.unprinted(KIM)).extracting(DocumentIssue::number).contains(issued.issue().number());

        printer.loadPaper();
        byte[] again = documents.fileOf(failed);
        assertThat(documents.print(failed, again, printer).printed()).isTrue();
        assertThat(Files.list(outbox).count()).isEqualTo(2);
        assertThat(documents.byNumber(issued.issue().number()).orElseThrow().printState()).isEqualTo("PRINTED");
        assertThat(documents.unprinted(KIM)).extracting(DocumentIssue::number).doesNotContain(issued.issue().number());
        assertThat(site.count("SELECT COALESCE(SUM(fee), 0) FROM document_issue")).isEqualTo(feesBefore);
        assertThat(text(again)).isEqualTo(text(issued.pdf()));
        assertThat(site.verifier().pdf(again).verdict()).isEqualTo(Verdict.VALID);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE subject = 'document:" + issued.issue().number() + "'")).isEqualTo(3);
    }

    private static String sealOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return QrImageDecoder.decode(new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY)).orElseThrow();
        }
    }
}
