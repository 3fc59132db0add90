package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code madang report}: the monthly PDF and CSV of the county's mail, and plain answers to a wrong month or file. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ReportCommandTest {

    @Test
    void aMonthlyReportIsWrittenAsPdfAndCsvAndBadInputIsAnsweredPlainly(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        String month = YearMonth.now().toString();

        Path pdf = dir.resolve("r.pdf");
        MadangRun made = MadangRun.of("report", "monthly", "--month", month, "--out", pdf.toString(), "--site", site.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Wrote " + pdf).contains("report " + month, "figures ");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(month + " 보고서", "요약", "시설 이용률", "수납과 환불", "증명서");
        }

        // a kiosk's practice room keeps its records beside the site: the report has their attendance
        try (PracticeSandbox sandbox = new PracticeSandbox(site.resolve("practice"), java.time.Clock.systemDefaultZone(), java.util.List.of(),
                java.util.Map.of())) {
            var records = sandbox.records();
            var c = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.PracticeClass>) records.createClass("화요반",
                    "박강사", java.util.List.of("booking.court"), "instructor")).value();
            var l = ((org.madang.core.practice.PracticeRecords.Outcome.Done<org.madang.core.practice.Learner>) records.addLearner(c.id(), "김순자",
                    "instructor")).value();
            records.record(new org.madang.core.practice.AttemptRecord(0, l.id(), "booking.court", "GUIDED",
                    org.madang.core.practice.Purpose.PRACTICE, java.time.LocalDateTime.now(), java.time.Duration.ofMinutes(20), 9, 0, 0, 0, 0,
                    java.util.List.of(), true));
        }
        Path csv = dir.resolve("r.csv");
        assertThat(MadangRun.of("report", "monthly", "--month", month, "--out", csv.toString(), "--site", site.toString(), "--lang", "en")
                .code()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("report for " + month, "Summary", "Facilities booked", "Digital learning room", "화요반");

        MadangRun badMonth = MadangRun.of("report", "monthly", "--month", "2026-13", "--out", csv.toString(), "--site", site.toString());
        assertThat(badMonth.code()).isEqualTo(2);
        assertThat(badMonth.err().strip()).startsWith("madang report: ").contains("2026-13").doesNotContain("\n").doesNotContain("Exception");
        MadangRun noDate = MadangRun.of("report", "daily", "--out", csv.toString(), "--site", site.toString());
        assertThat(noDate.err().strip()).isEqualTo("madang report daily needs --date");
        MadangRun txt = MadangRun.of("report", "monthly", "--month", month, "--out", dir.resolve("r.txt").toString(), "--site", site.toString());
        assertThat(txt.code()).isEqualTo(2);
        assertThat(txt.err()).contains("neither in .pdf nor in .csv");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain("r.txt", "r.pdf.part", "r.csv.part");
    }
}
