package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.madang.core.booking.Channel;
import org.madang.core.demo.DemoScale;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.document.Verification;
import org.madang.core.site.SiteDirectory;

/**
 * {@code madang bench document}: the figures issue 5 asks for, on a fresh small demo site in a
 * temporary folder. A certificate's PDF generation warm (words laid out, sealed, written), its
 * size, a whole issue (PDF and the record with its event), and the verification of a PDF
 * ({@code madang verify FILE.pdf} without the JVM start). A benchmark, not a test.
 */
final class DocumentBench {
    private final PrintWriter out;
    private final int samples;

    DocumentBench(PrintWriter out, int samples) {
        this.out = out;
        this.samples = samples;
    }

    void run() throws Exception {
        Path root = Files.createTempDirectory("madang-bench-");
        try {
            DemoSite.writeSiteFile(new SiteDirectory(root));
            try (SiteRuntime seeding = SiteRuntime.open(root, List.of(), Map.of())) {
                DemoSite.seed(seeding, DemoScale.SMALL, DemoSite.SEED);
            }
            try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
                DocumentIssuing documents = site.documents(site.events());
                DocumentVerifier verifier = site.verifier();
                for (String type : List.of("course-completion", "rr-copy")) {
                    DocumentIssuing.Ready ready = (DocumentIssuing.Ready) documents.prepare(1, 1, type, DocumentOptions.DEFAULTS
                            .withAddressHistory(true), Channel.KIOSK);
                    measure(type, ready, documents, verifier);
                }
            }
        } finally {
            Sites.deleteTree(root);
        }
        out.flush();
    }

    private void measure(String type, DocumentIssuing.Ready ready, DocumentIssuing documents, DocumentVerifier verifier) {
        long[] generate = new long[samples];
        long[] sizes = new long[samples];
        for (int i = -samples / 2; i < samples; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = documents.sample(ready.content()).pdf();
            if (i >= 0) {
                generate[i] = System.nanoTime() - t0;
                sizes[i] = pdf.length;
            }
        }
        int issues = Math.max(10, samples / 4);
        long[] issue = new long[issues];
        byte[] last = null;
        for (int i = -issues / 2; i < issues; i++) {
            long t0 = System.nanoTime();
            DocumentIssuing.Issued issued = documents.issue(ready, "bench");
            if (i >= 0) {
                issue[i] = System.nanoTime() - t0;
            }
            last = issued.pdf();
        }
        long[] verify = new long[samples];
        for (int i = -samples / 2; i < samples; i++) {
            long t0 = System.nanoTime();
            Verification v = verifier.pdf(last);
            if (i >= 0) {
                verify[i] = System.nanoTime() - t0;
            }
            if (!v.valid()) {
                throw new IllegalStateException("bench: a freshly issued " + type + " did not verify: " + v.verdict());
            }
        }
        long[] sortedSizes = sizes.clone();
        Arrays.sort(sortedSizes);
        KioskBench.report(out, type + ": PDF generation, warm (layout, seal, write)", generate);
        out.printf("%-52s %.1f KB (%,d bytes)%n", type + ": PDF size, font subset embedded", sortedSizes[samples / 2] / 1024.0,
                sortedSizes[samples / 2]);
        KioskBench.report(out, type + ": issue (PDF, record and event)", issue);
        KioskBench.report(out, type + ": verify the PDF (QR, seal, record, words)", verify);
        out.flush();
    }
}
