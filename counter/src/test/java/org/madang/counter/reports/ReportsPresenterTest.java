package org.madang.counter.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.report.SiteReport;
import org.madang.counter.CounterFixture;
import org.madang.counter.reports.ReportsPresenter.Span;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/** The report maker without a window: periods typed, a month made with progress, cancelled, and saved as CSV and PDF that read back. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReportsPresenterTest {
    private final BlockingQueue<Object> said = new LinkedBlockingQueue<>();
    private final List<Integer> progress = new ArrayList<>();

    @TempDir
    Path out;

    private ReportsView view() {
        return new ReportsView() {
            @Override
            public void showPeriodRefused(String key) {
                said.add("refused " + key);
            }

            @Override
            public void showWorking(int sections) {
                said.add("working " + sections);
            }

            @Override
            public void showProgress(int done) {
                progress.add(done);
            }

            @Override
            public void showReport(SiteReport report) {
                said.add(report);
            }

            @Override
            public void showCancelled() {
                said.add("cancelled");
            }

            @Override
            public void showFailure() {
                said.add("failure");
            }

            @Override
            public void showExported(Path file) {
                said.add(file);
            }
        };
    }

    private ReportsPresenter presenter(CounterFixture f, ReportText text) {
        return new ReportsPresenter(view(), f.services.reports().site(), new ReportExports(text, f.services.reports().pdfFont()),
                f.services.clock(), new DirectTasks(), text.words().language());
    }

    @Test
    void periodsThatAreNotOneAreRefusedPlainly() {
        List<String> refused = new ArrayList<>();
        assertThat(ReportsPresenter.period(Span.MONTH, "2026-13", refused::add)).isEmpty();
        assertThat(ReportsPresenter.period(Span.DAY, "21 November", refused::add)).isEmpty();
        assertThat(ReportsPresenter.period(Span.RANGE, "2026-11-01", refused::add)).isEmpty();
        assertThat(ReportsPresenter.period(Span.RANGE, "2026-11-15 ~ 2026-11-01", refused::add)).isEmpty();
        assertThat(ReportsPresenter.period(Span.RANGE, "2025-01-01 ~ 2026-11-01", refused::add)).isEmpty();
        assertThat(refused).containsExactly("counter.report.period.month", "counter.report.period.day", "counter.report.period.range",
                "counter.report.period.backwards", "counter.report.period.tooLong");
        assertThat(ReportsPresenter.period(Span.RANGE, " 2026-11-01 ~ 2026-11-15 ", refused::add)).get()
                .extracting(p -> p.days()).isEqualTo(15L);
    }

    @Test
    void aMonthIsMadeWithProgressAndSavedAsCsvAndPdfThatReadBack() throws Exception {
        try (CounterFixture f = new CounterFixture()) {
            ReportText text = new ReportText(Messages.forLanguage("ko"));
            ReportsPresenter presenter = presenter(f, text);
            presenter.make(Span.MONTH, presenter.defaultText(Span.MONTH));
            assertThat(said.poll(30, TimeUnit.SECONDS)).isEqualTo("working 9");
            SiteReport report = (SiteReport) said.poll(60, TimeUnit.SECONDS);
            assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(report.period().label()).isEqualTo("2026-11");
            assertThat(presenter.suggestedName("csv")).contains("madang-report-2026-11.csv");

            Path csv = out.resolve("r.csv");
            presenter.exportCsv(csv);
            assertThat(said.poll(30, TimeUnit.SECONDS)).isEqualTo(csv);
            String written = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(written).startsWith("\uFEFF");
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(written.substring(1))).getRecords();
            assertThat(records.get(0).get(0)).isEqualTo(text.title(report));
            // the summary's first figure, as on the screen
            int summary = indexOf(records, "요약");
            assertThat(records.get(summary + 1).values()).containsExactly("항목", "값");
            List<Object> first = report.table("counter.report.summary").orElseThrow().rows().get(0);
            assertThat(records.get(summary + 2).values()).containsExactly(text.csvCell(first.get(0)), text.csvCell(first.get(1)));
            int facilities = indexOf(records, "시설");
            String firstFacility = String.valueOf(report.table("counter.report.facilities").orElseThrow().rows().get(0).get(0));
            assertThat(records.get(facilities + 2).get(0)).isEqualTo(firstFacility);
            assertThat(Files.exists(out.resolve("r.csv.part"))).isFalse();

            Path pdf = out.resolve("r.pdf");
            presenter.exportPdf(pdf);
            assertThat(said.poll(60, TimeUnit.SECONDS)).isEqualTo(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String words = new PDFTextStripper().getText(doc);
                assertThat(words).contains(text.title(report), "요약", "수납과 환불", "증명서", "대기 시간", firstFacility);
                assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            }
        }
    }

    @Test
    void aCancelledReportIsNotShownAndAFileThatCannotBeWrittenIsSaid() throws Exception {
        try (CounterFixture f = new CounterFixture()) {
            ReportText text = new ReportText(Messages.forLanguage("en"));
            // a task runner that holds the work until told, as a slow county month would
            List<Runnable> held = new ArrayList<>();
            ReportsPresenter presenter = new ReportsPresenter(view(), f.services.reports().site(),
                    new ReportExports(text, f.services.reports().pdfFont()), f.services.clock(), new org.madang.ui.Tasks() {
                        @Override
                        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                                            java.util.function.Consumer<Throwable> failed) {
                            held.add(() -> new DirectTasks().run(work, done, failed));
                        }

                        @Override
                        public void onUiThread(Runnable action) {
                            action.run();
                        }
                    }, "en");
            presenter.make(Span.DAY, "2026-11-21");
            assertThat(said.poll()).isEqualTo("working 9");
            presenter.cancel();
            assertThat(said.poll()).isEqualTo("cancelled");
            held.forEach(Runnable::run);
            assertThat(said.poll()).as("the stopped work ends as cancelled, its report never shown").isEqualTo("cancelled");
            assertThat(said).isEmpty();
            assertThat(presenter.shown()).isEmpty();
            held.clear();

            presenter.make(Span.DAY, "2026-11-21");
            held.forEach(Runnable::run);
            said.clear();
            held.clear();
            presenter.exportCsv(out.resolve("no-such-folder").resolve("r.csv"));
            held.forEach(Runnable::run);
            assertThat(said.poll()).isEqualTo("failure");
        }
    }

    private static int indexOf(List<CSVRecord> records, String title) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).size() == 1 && records.get(i).get(0).equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no table titled " + title);
    }

    @Test
    void theCountysStaffChooseTheWholeCountysReportOthersAreNotOfferedIt() throws Exception {
        try (CounterFixture f = new CounterFixture()) {
            ReportText text = new ReportText(Messages.forLanguage("ko"));
            assertThat(presenter(f, text).offersCounty()).isFalse();
            var site = f.site;
            org.madang.core.report.SiteReports county = new org.madang.core.report.SiteReports(site.database.jdbi(), site.fleet(),
                    site.satisfaction(), site.clock, "마당군", org.madang.core.report.PracticeAttendance.Source.NONE,
                    org.madang.core.report.ReportScope.county());
            ReportsPresenter presenter = new ReportsPresenter(view(), f.services.reports().site(), java.util.Optional.of(county),
                    new ReportExports(text, f.services.reports().pdfFont()), f.services.clock(), new DirectTasks(), "ko");
            assertThat(presenter.offersCounty()).isTrue();

            presenter.make(Span.MONTH, presenter.defaultText(Span.MONTH), true);
            assertThat(said.poll(30, TimeUnit.SECONDS)).isEqualTo("working 9");
            assertThat(((SiteReport) said.poll(60, TimeUnit.SECONDS)).siteName()).isEqualTo("마당군");
            presenter.make(Span.MONTH, presenter.defaultText(Span.MONTH), false);
            assertThat(said.poll(30, TimeUnit.SECONDS)).isEqualTo("working 9");
            assertThat(((SiteReport) said.poll(60, TimeUnit.SECONDS)).siteName()).isEqualTo("시험 센터");
        }
    }
}
