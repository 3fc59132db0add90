package org.madang.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentContent;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentPdf;
import org.madang.core.event.EventLog;
import org.madang.hardware.sim.SimulatedDocumentPrinter;

/**
 * Documents really issued to demo residents, printed into {@code <site>/outbox/} with plain
 * names, and one altered copy: a newcomer can verify a genuine document and see a changed one refused.
 */
final class DemoDocuments {
    private DemoDocuments() {
    }

    /** Issues and prints the demo documents; returns the files written. */
    static List<Path> issue(SiteRuntime site) throws IOException {
        EventLog events = site.events();
        DocumentIssuing documents = site.documents(events);
        Path outbox = site.dir.outbox();
        Files.createDirectories(outbox);
        Path tray = Files.createTempDirectory(outbox, ".tray-");
        SimulatedDocumentPrinter printer = new SimulatedDocumentPrinter(tray, site.clock);
        List<Path> written = new ArrayList<>();
        try {
            Object[][] plan = {
                    {1L, "rr-copy", DocumentOptions.DEFAULTS.withAddressHistory(true), "kim-younghee-resident-registration-copy"},
                    {2L, "family-relation", DocumentOptions.DEFAULTS, "lee-cheolsu-family-relation"},
                    {4L, "learning-history", DocumentOptions.DEFAULTS, "nguyen-thi-mai-learning-history"}};
            DocumentIssuing.Issued first = null;
            DocumentIssuing.Ready firstReady = null;
            for (Object[] p : plan) {
                long who = (Long) p[0];
                DocumentIssuing.Preparation prep = documents.prepare(who, who, (String) p[1], (DocumentOptions) p[2], Channel.KIOSK);
                if (!(prep instanceof DocumentIssuing.Ready ready)) {
                    continue;
                }
                DocumentIssuing.Issued issued = documents.issue(ready, "demo");
                if (documents.print(issued.issue(), issued.pdf(), printer).printed() && printer.lastPrinted().isPresent()) {
                    Path file = outbox.resolve(p[3] + "-" + issued.issue().number() + ".pdf");
                    Files.move(printer.lastPrinted().get(), file, StandardCopyOption.REPLACE_EXISTING);
                    written.add(file);
                }
                if (first == null) {
                    first = issued;
                    firstReady = ready;
                }
            }
            if (first != null) {
                written.add(alteredCopy(site, first, firstReady.content(), outbox));
            }
            Path readme = outbox.resolve("README.txt");
            Files.writeString(readme, "Documents issued to demo residents. Try:\n"
                    + "  ./madang verify --demo " + (written.isEmpty() ? "FILE.pdf" : written.get(0)) + "\n"
                    + "  ./madang verify --demo " + (first == null ? "FILE.pdf" : outbox.resolve("kim-younghee-resident-registration-copy-ALTERED.pdf")) + "\n"
                    + "The ALTERED copy carries the genuine QR code but one changed address: it is refused.\n"
                    + "Receipts and documents printed by the simulated kiosk printers also land here.\n");
            return written;
        } finally {
            try (var left = Files.list(tray)) {
                for (Path f : left.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(tray);
        }
    }

    /** The first document again with one address changed, under its genuine seal: what a forger would make. */
    private static Path alteredCopy(SiteRuntime site, DocumentIssuing.Issued genuine, DocumentContent content, Path outbox) throws IOException {
        List<DocumentContent.Block> blocks = new ArrayList<>();
        boolean changed = false;
        for (DocumentContent.Block b : content.blocks()) {
            if (!changed && b instanceof DocumentContent.Fields f) {
                List<DocumentContent.Field> fields = new ArrayList<>();
                for (DocumentContent.Field x : f.fields()) {
                    if (!changed && x.value().matches(".*\\d+$") && x.value().contains(" ")) {
                        fields.add(new DocumentContent.Field(x.label(), x.value().replaceAll("(\\d+)$", "1$1")));
                        changed = true;
                    } else {
                        fields.add(x);
                    }
                }
                blocks.add(new DocumentContent.Fields(fields));
            } else {
                blocks.add(b);
            }
        }
        DocumentContent forged = new DocumentContent(content.typeCode(), content.title(), content.subtitle(), content.holder(), blocks);
        byte[] pdf = site.documentPdf().render(forged, new DocumentPdf.Stamp(genuine.issue().number(), site.config.site().name(),
                genuine.issue().issuedAt(), genuine.issue().terminalId(), false), sha -> genuine.seal()).pdf();
        Path file = outbox.resolve("kim-younghee-resident-registration-copy-ALTERED.pdf");
        Files.write(file, pdf);
        return file;
    }
}
