package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.madang.core.booking.Channel;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.Seal;
import org.madang.core.document.DocumentType;
import org.madang.core.document.Verification;
import org.madang.hardware.testing.Poll;

/**
 * Civil documents at the kiosk in a real window: the ID card and the PIN, every document type
 * the kiosk issues, printed on the simulated document printer with the fee receipt, a printer
 * out of paper, and the rules that say no.
 */
class DocumentsRobotTest extends KioskRobot {
    private static final long KIM_YOUNGHEE = 1;

    private String text(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    private KioskServices.Documents documents() {
        return fixture.services.documents().orElseThrow();
    }

    /** From the idle screen to the catalogue with a demo card and its PIN. */
    private void signIn(String card) {
        click("idle.start");
        click("home.documents");
        waitForScreen("documents.identify");
        click(card);
        waitForScreen("documents.pin");
        typePin("1234");
        if (showing("news.read")) {
            click("news.read");
        }
        waitForScreen("documents.types");
    }

    private void typePin(String pin) {
        for (char c : pin.toCharArray()) {
            click("pin.digit." + c);
        }
        click("pin.ok");
    }

    private DocumentType type(String code) {
        return documents().issuing().types().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** The subject button of a person, in the order the screen lists the household. */
    private String subjectButton(String code, long personId) {
        List<Person> people = documents().issuing().subjects(KIM_YOUNGHEE, type(code));
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id() == personId) {
                return "subject." + i;
            }
        }
        throw new IllegalStateException(personId + " is not in the household");
    }

    private List<Path> printedDocuments() throws Exception {
        try (Stream<Path> files = Files.list(fixture.outbox())) {
            return files.filter(p -> p.getFileName().toString().startsWith("document")).sorted().toList();
        }
    }

    private static String wordsOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyDocumentTheKioskIssuesComesOutSealedWithItsFeeReceipt() throws Exception {
        signIn("card.0");
        assertThat(GuiActionRunner.execute(() -> window.button("documents.type.facility-use").target().isEnabled()))
                .as("a counter-only document is shown, greyed").isFalse();
        String[][] expected = {
                {"rr-copy", "주민등록표", "200"}, {"rr-abstract", "주민등록표", "200"}, {"family-relation", "가족관계증명서", "500"},
                {"local-tax", "납세증명서", "0"}, {"course-completion", "Certificate of Course Completion", "0"}, {"learning-history", "평생학습", "0"}};
        int printedBefore = printedDocuments().size();
        for (String[] e : expected) {
            click("documents.type." + e[0]);
            if (type(e[0]).householdAllowed()) {
                waitForScreen("documents.subject");
                click(subjectButton(e[0], KIM_YOUNGHEE));
            }
            waitForScreen("documents.options");
            click("documents.preview");
            waitForScreen("documents.preview");
            click("documents.issue");
            waitForScreen("documents.issued");
            Poll.until(() -> !text("issued.outcome").isEmpty(), "the outcome");
            assertThat(text("issued.outcome")).as(e[0]).contains("가져가세요");

            var issue = documents().issuing().recent(1).get(0);
            assertThat(issue.typeCode()).isEqualTo(e[0]);
            assertThat(issue.printState()).isEqualTo("PRINTED");
            assertThat(issue.fee()).isEqualTo(Integer.parseInt(e[2]));
            assertThat(text("issued.number")).contains(org.madang.core.document.DocumentNumber.grouped(issue.number()));
            byte[] pdf = Files.readAllBytes(fixture.documentPrinter.lastPrinted().orElseThrow());
            assertThat(wordsOf(pdf)).as(e[0]).contains(e[1]).contains("김영희").doesNotContain("견본");
            Verification checked = documents().verifier().pdf(pdf);
            assertThat(checked.verdict()).as(e[0]).isEqualTo(Verification.Verdict.VALID);
            assertThat(checked.summary().orElseThrow().number()).isEqualTo(issue.number());
            assertThat(fixture.printer.lastPrinted().orElseThrow().receipt().plainText())
                    .contains(org.madang.core.document.DocumentNumber.grouped(issue.number()));
            click("issued.another");
            waitForScreen("documents.types");
        }
        assertThat(printedDocuments()).hasSize(printedBefore + expected.length);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentIssued'")).isEqualTo(expected.length);
    }

    @Test
    void aHouseholdMembersCopyComesWithTheChosenOptionsAndCopies() throws Exception {
        signIn("card.0");
        click("documents.type.rr-abstract");
        waitForScreen("documents.subject");
        Person child = documents().issuing().subjects(KIM_YOUNGHEE, type("rr-abstract")).stream()
                .filter(p -> p.id() != KIM_YOUNGHEE).findFirst().orElseThrow();
        click(subjectButton("rr-abstract", child.id()));
        waitForScreen("documents.options");
        click("option.addressHistory.on");
        click("purpose.BANK");
        click("copies.more");
        Poll.until(() -> text("documents.fee").contains("400원"), "the fee for two copies");
        click("documents.preview");
        waitForScreen("documents.preview");
        assertThat(text("preview.what")).contains("2통");
        click("documents.issue");
        waitForScreen("documents.issued");
        var issue = documents().issuing().recent(1).get(0);
        assertThat(issue.subjectId()).isEqualTo(child.id());
        assertThat(issue.requesterId()).isEqualTo(KIM_YOUNGHEE);
        assertThat(issue.copies()).isEqualTo(2);
        assertThat(issue.fee()).isEqualTo(400);
        List<Path> printed = printedDocuments();
        String words = wordsOf(Files.readAllBytes(printed.get(printed.size() - 1)));
        assertThat(words).contains(child.name()).contains("금융기관 제출용");
        assertThat(printed).hasSize(2);
    }

    @Test
    void aPrinterOutOfPaperLosesNothingAndPrintsAgainFreeNowOrAtTheNextVisit() throws Exception {
        fixture.documentPrinter.pullPaper();
        signIn("card.0");
        click("documents.type.family-relation");
        waitForScreen("documents.options");
        click("documents.preview");
        waitForScreen("documents.preview");
        click("documents.issue");
        waitForScreen("documents.issued");
        Poll.until(() -> text("issued.outcome").contains("paper out"), "the printer's fault in words");
        var issue = documents().issuing().recent(1).get(0);
        assertThat(issue.printState()).isEqualTo("FAILED");
        assertThat(issue.fee()).isEqualTo(500);

        // still out of paper: the same document fails again, nothing new is issued
        click("documents.reprint");
        Poll.until(() -> documents().issuing().recent(1).get(0).printAttempts() == 2, "the second attempt");
        assertThat(printedDocuments()).isEmpty();

        click("issued.finish");
        waitForScreen("idle");
        fixture.documentPrinter.loadPaper();
        signIn("card.0");
        assertThat(text("unprinted.text.0")).contains("가족관계증명서");
        click("unprinted.0");
        waitForScreen("documents.issued");
        Poll.until(() -> text("issued.outcome").contains("가져가세요"), "the printed document");
        assertThat(showing("documents.reprint")).isFalse();

        var after = documents().issuing().byNumber(issue.number()).orElseThrow();
        assertThat(after.printState()).isEqualTo("PRINTED");
        assertThat(after.fee()).isEqualTo(500);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM document_issue")).isEqualTo(1);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentIssued'")).isEqualTo(1);
        byte[] pdf = Files.readAllBytes(printedDocuments().get(0));
        assertThat(documents().verifier().pdf(pdf).verdict()).isEqualTo(Verification.Verdict.VALID);

        click("issued.another");
        waitForScreen("documents.types");
        assertThat(showing("unprinted.0")).as("nothing left to print").isFalse();
    }

    @Test
    void aTaxCertificateWithArrearsIsRefusedInWordsAndNothingIsIssued() {
        // 박지민 owes this year's car tax
        signIn("card.2");
        click("documents.type.local-tax");
        waitForScreen("documents.options");
        click("documents.preview");
        Poll.until(() -> showing("documents.refusal"), "the refusal");
        assertThat(text("documents.refusal")).contains("체납").doesNotContain("document.refused");
        assertThat(GuiActionRunner.execute(() -> window.button("documents.preview").target().isEnabled())).isFalse();
        assertThat(fixture.site.count("SELECT COUNT(*) FROM document_issue")).isZero();
    }

    @Test
    void wrongPinsCountDownThenLockAndTheResidentIsSentToTheCounter() {
        click("idle.start");
        click("home.documents");
        click("card.1");
        waitForScreen("documents.pin");
        typePin("0000");
        Poll.until(() -> text("pin.note").contains("4번"), "four tries left");
        for (int i = 0; i < 4; i++) {
            typePin("9999");
        }
        Poll.until(() -> showing("pin.stop"), "the lock");
        assertThat(text("pin.stop")).contains("잠겼습니다");
        assertThat(fixture.site.count("SELECT pin_failures FROM resident WHERE id = 2")).isEqualTo(5);
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PinLocked'")).isEqualTo(1);
        click("pin.queue");
        waitForScreen("queue.lines");
    }

    @Test
    void aReceiptsQrCodeDoesNotOpenCertificates() {
        click("idle.start");
        click("home.documents");
        waitForScreen("documents.identify");
        fixture.scanner.scan("MDG1.B.whatever");
        Poll.until(() -> !text("documents.cardProblem").isEmpty(), "the answer");
        assertThat(text("documents.cardProblem")).contains("신분증");
        assertThat(currentScreenNow()).isEqualTo("documents.identify");
    }

    @Test
    void aCertificateIsCheckedByItsQrCodeOrItsNumberAndAForgedOrMistypedOneIsRefused() {
        var ready = (DocumentIssuing.Ready) documents().issuing().prepare(KIM_YOUNGHEE, KIM_YOUNGHEE, "rr-abstract",
                DocumentOptions.DEFAULTS, Channel.KIOSK);
        var issued = documents().issuing().issue(ready, "test");
        String number = issued.issue().number();
        click("idle.start");
        click("home.documents");
        click("documents.verify");
        waitForScreen("verifying.code");

        fixture.scanner.scan(issued.seal().text());
        waitForScreen("verifying.result");
        Poll.until(() -> !text("verifying.verdict").isEmpty(), "the verdict");
        assertThat(text("verifying.verdict")).startsWith("진본");
        assertThat(text("summary.number")).isEqualTo(DocumentNumber.grouped(number));
        assertThat(text("summary.holder")).isEqualTo("김*희");

        click("verifying.again");
        waitForScreen("verifying.code");
        Seal genuine = issued.seal();
        byte[] signature = genuine.signature();
        signature[3] ^= 0x10;
        fixture.scanner.scan(new Seal(genuine.kind(), genuine.keyId(), number, genuine.contentHash(), signature).text());
        waitForScreen("verifying.result");
        Poll.until(() -> !text("verifying.verdict").isEmpty(), "the verdict");
        assertThat(text("verifying.verdict")).contains("위조");
        assertThat(showing("summary.number")).as("a forgery gets no summary").isFalse();

        click("verifying.again");
        waitForScreen("verifying.code");
        typeNumber(number.substring(0, 15) + (char) ('0' + (number.charAt(15) - '0' + 1) % 10));
        waitForScreen("verifying.result");
        Poll.until(() -> !text("verifying.verdict").isEmpty(), "the verdict");
        assertThat(text("verifying.verdict")).contains("올바른 번호가 아닙니다");

        click("verifying.again");
        waitForScreen("verifying.code");
        click("number.ok");
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("number.display").text()).contains("16자리"), "too few digits");
        typeNumber(number);
        waitForScreen("verifying.result");
        Poll.until(() -> !text("verifying.verdict").isEmpty(), "the verdict");
        assertThat(text("verifying.verdict")).startsWith("진본");
        assertThat(text("summary.type")).isEqualTo("주민등록표 초본");
    }

    private void typeNumber(String digits) {
        for (char c : digits.toCharArray()) {
            click("number.digit." + c);
        }
        Poll.until(() -> GuiActionRunner.execute(() -> window.label("number.display").text()).replace("-", "").equals(digits),
                "the number typed");
        click("number.ok");
    }

    private String currentScreenNow() {
        return GuiActionRunner.execute(this::currentScreen);
    }
}
