package org.madang.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.document.Verification;
import org.madang.core.testing.TestSite;

/**
 * A completion certificate only for a learner who did the whole course on their own; a real PDF
 * with the Hangul font and a sealed QR that the centre verifies, that never passes as a civil
 * document, and whose changed words are found.
 */
class TrainingCertificatesTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());
    private final PracticeRecords records = site.practice(new Random(2));
    private final TrainingCertificates certificates = new TrainingCertificates(site.database.jdbi(), site.events(), records,
            site.documentPdf(), site.signer(), "마당 디지털 배움터", site.clock, new Random(9));
    private final Map<String, String> titles = Map.of("queue.ticket", "번호표 뽑기", "notices.read", "센터 소식 보기");

    @AfterEach
    void close() {
        site.close();
    }

    private Learner learnerOfACourse() {
        PracticeClass c = ((PracticeRecords.Outcome.Done<PracticeClass>) records.createClass("화요반", "박강사",
                List.of("queue.ticket", "notices.read"), "t")).value();
        return ((PracticeRecords.Outcome.Done<Learner>) records.addLearner(c.id(), "김영희", "t")).value();
    }

    private void did(Learner l, String lesson, String level) {
        records.record(new AttemptRecord(0, l.id(), lesson, level, Purpose.PRACTICE, TestSite.NOW, Duration.ofSeconds(30), 4, 0, 0, 0, 0,
                List.of(), true));
    }

    @Test
    void notBeforeEveryLessonOfTheCourseWasDoneOnOnesOwn() {
        Learner kim = learnerOfACourse();
        did(kim, "queue.ticket", "ON_MY_OWN");
        did(kim, "notices.read", "GUIDED");
        var refused = (PracticeRecords.Outcome.Refused<TrainingCertificates.Issued>) certificates.issue(kim.id(), titles, "instructor");
        assertThat(refused.refusal().messageKey()).isEqualTo("practice.certificate.notYet");
        assertThat(refused.refusal().args()).containsExactly(1);
        assertThat(site.count("SELECT COUNT(*) FROM practice_certificate")).isZero();
    }

    @Test
    void theCertificateIsARealPdfTheCentreVerifiesAndNoOneTakesForACivilDocument() throws Exception {
        Learner kim = learnerOfACourse();
        did(kim, "queue.ticket", "ON_MY_OWN");
        did(kim, "notices.read", "ON_MY_OWN");
        long before = site.events().latestId();
        var issued = ((PracticeRecords.Outcome.Done<TrainingCertificates.Issued>) certificates.issue(kim.id(), titles, "instructor")).value();
        String text;
        String code;
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            text = new PDFTextStripper().getText(doc);
            code = DocumentVerifier.qrText(doc).orElseThrow();
        }
        assertThat(text).contains("키오스크 활용 교육 수료증", "김영희", "화요반", "박강사", "번호표 뽑기", "센터 소식 보기", "민원 증명서가 아닙니다");
        assertThat(code).startsWith("MDG1.T.");
        assertThat(certificates.verify(code)).isEqualTo(TrainingCertificates.Check.VALID);
        assertThat(certificates.verifyPdf(issued.pdf())).isEqualTo(TrainingCertificates.Check.VALID);
        assertThat(site.verifier().code(code).verdict()).as("a centre's document verifier").isEqualTo(Verification.Verdict.TRAINING);
        assertThat(site.verifier().pdf(issued.pdf()).verdict()).isEqualTo(Verification.Verdict.TRAINING);
        assertThat(site.events().after(before, 10)).extracting(e -> e.type()).containsExactly("TrainingCertificateIssued");

        // changed by hand: the seal no longer matches
        String forged = code.substring(0, code.length() - 3) + (code.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(certificates.verify(forged)).isEqualTo(TrainingCertificates.Check.FORGED);
        assertThat(certificates.verify("MDG1.B.123")).isEqualTo(TrainingCertificates.Check.NO_CODE);
        // a certificate of another centre's making
        try (TestSite other = TestSite.empty(TestSite.tempRoot())) {
            var theirs = new TrainingCertificates(other.database.jdbi(), other.events(), other.practice(new Random(3)), other.documentPdf(),
                    other.signer(), "다른 배움터", other.clock, new Random(4));
            assertThat(theirs.verify(code)).isEqualTo(TrainingCertificates.Check.NOT_OURS);
        }
    }
}
