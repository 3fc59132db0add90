package org.madang.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.madang.core.booking.Channel;
import org.madang.core.booking.Booking;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentPdf;
import org.madang.core.document.DocumentType;
import org.madang.core.demo.DemoScale;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketQueue;
import org.madang.core.queue.TicketStatus;
import org.madang.core.site.SiteDirectory;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.ui.HangulFonts;
import org.madang.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madang render document TYPE --out FILE.pdf} and {@code madang render receipt KIND --out FILE.png}:
 * previews of the templates with the site's data, for whoever edits them. A document preview is a
 * sample (견본) on every page and its QR verifies as a sample, never as valid.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Preview a document type as a PDF, or a receipt as a picture, with the site's (demo) data.",
                "  madang render document TYPE [--resident ID] --out FILE.pdf   (madang render document --list)",
                "  madang render receipt booking|ticket|document --out FILE.png"})
final class RenderCommand extends SiteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "document|receipt", description = "What to render.")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TYPE|KIND", description = "The document type or receipt kind.")
    String kind;

    @Option(names = "--resident", paramLabel = "ID", description = "Whose data (default: the first demo resident it can be made for).")
    Long resident;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the PDF or PNG.")
    Path out;

    @Option(names = "--list", description = "Print the document types (or receipt kinds) and exit.")
    boolean list;

    @Option(names = "--lang", paramLabel = "ko|en|zh|vi", description = "The resident's language of a receipt, printed beside Korean (default: ko).")
    String lang = "ko";

    @Option(names = "--demo", description = "Use the demo site under your home folder.")
    boolean demo;

    private static final List<String> RECEIPTS = List.of("booking", "ticket", "document");

    @Override
    public Integer call() throws Exception {
        if (!what.equals("document") && !what.equals("receipt")) {
            throw new UsageException("madang render: render a document or a receipt, not '" + what + "'");
        }
        Path root = site(demo, DemoScale.COUNTY);
        SiteDirectory dir = new SiteDirectory(root);
        try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang render")) {
            DocumentIssuing documents = site.documents(site.events());
            List<DocumentType> types = documents.types();
            if (list) {
                PrintWriter o = out();
                if (what.equals("document")) {
                    types.forEach(t -> o.printf("%-18s %s (%s)%s%n", t.code(), t.name().ko(), t.name().en(), t.kioskIssuable() ? "" : "  [counter only]"));
                } else {
                    RECEIPTS.forEach(o::println);
                }
                o.flush();
                return 0;
            }
            if (kind == null || out == null) {
                throw new UsageException("madang render " + what + ": name the " + (what.equals("document") ? "type" : "kind")
                        + " and --out FILE (see --list)");
            }
            return what.equals("document") ? document(site, documents, types) : receipt(site, documents);
        }
    }

    private int document(SiteRuntime site, DocumentIssuing documents, List<DocumentType> types) throws IOException {
        DocumentType type = types.stream().filter(t -> t.code().equals(kind)).findFirst().orElseThrow(() -> new UsageException(
                "madang render document: no type '" + kind + "' (types: " + String.join(", ", types.stream().map(DocumentType::code).toList()) + ")"));
        Messages messages = Messages.forLanguage("en");
        List<Long> whom = resident != null ? List.of(resident)
                : site.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM resident ORDER BY id LIMIT 2000").mapTo(Long.class).list());
        String lastRefusal = "no residents";
        for (long id : whom) {
            DocumentIssuing.Preparation p = documents.prepare(id, id, type.code(), DocumentOptions.DEFAULTS.withAddressHistory(true), Channel.COUNTER);
            if (p instanceof DocumentIssuing.Ready r) {
                DocumentPdf.Rendered sample = documents.sample(r.content());
                write(sample.pdf());
                out().println("wrote " + out + ": " + type.name().ko() + " of resident " + id + " (" + r.content().holder() + "), "
                        + sample.pages() + " page(s), " + sample.pdf().length / 1024 + " KB, marked 견본 (SAMPLE)");
                out().flush();
                return 0;
            }
            lastRefusal = messages.say(((DocumentIssuing.Refused) p).refusal());
        }
        throw new UsageException("madang render document " + kind + ": cannot be made for "
                + (resident != null ? "resident " + resident : "any of the first residents") + ": " + lastRefusal);
    }

    private int receipt(SiteRuntime site, DocumentIssuing documents) throws IOException {
        if (!RECEIPTS.contains(kind)) {
            throw new UsageException("madang render receipt: no kind '" + kind + "' (kinds: " + String.join(", ", RECEIPTS) + ")");
        }
        if (!List.of("ko", "en", "zh", "vi").contains(lang)) {
            throw new UsageException("madang render: --lang " + lang + ": choose ko, en, zh or vi");
        }
        Messages messages = Messages.forLanguage(lang);
        // as the kiosk prints it: Korean, with the resident's language beside it
        org.madang.core.receipt.ReceiptWords words = "ko".equals(lang) ? org.madang.core.receipt.ReceiptWords.in(messages)
                : org.madang.core.receipt.ReceiptWords.koreanWith(Messages.forLanguage("ko"), messages);
        Receipt receipt;
        switch (kind) {
            case "booking": {
                Optional<Booking> b = site.database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM booking")
                        .mapTo(Long.class).findOne()).flatMap(id -> site.bookingStore().byId(id));
                if (b.isEmpty()) {
                    throw new UsageException("madang render receipt booking: the site has no booking yet");
                }
                receipt = site.receipts().booking(b.get(), site.facilities().byId(b.get().facilityId()).orElseThrow(), words);
                break;
            }
            case "ticket": {
                receipt = site.receipts().ticket(latestTicket(site), words);
                break;
            }
            default: {
                Optional<DocumentIssue> issue = documents.recent(1).stream().findFirst();
                if (issue.isEmpty()) {
                    throw new UsageException("madang render receipt document: the site has issued no document yet");
                }
                DocumentType t = site.documentTypes().byCode(issue.get().typeCode()).orElseThrow();
                receipt = site.receipts().document(issue.get(), t.name(), words);
            }
        }
        String hangul = HangulFonts.find(site.config.ui().font()).orElse(java.awt.Font.SANS_SERIF);
        // a family that has the resident's letters too (Noto CJK for 简体 and Vietnamese), as a raster printer would draw them
        String family = org.madang.ui.LanguageFonts.family(lang, hangul).orElse(hangul);
        BufferedImage image = new ReceiptImageRenderer(family).render(receipt);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        write(png.toByteArray());
        out().println("wrote " + out + ": " + kind + " receipt, " + image.getWidth() + "x" + image.getHeight());
        out().flush();
        return 0;
    }

    /**
     * Today's newest ticket of the first service that has one, with who is ahead of it, as the kiosk
     * printed it; before the first ticket of the day, the site's newest ticket of an earlier day.
     */
    private static IssuedTicket latestTicket(SiteRuntime site) {
        TicketQueue queue = site.queue(site.events());
        for (QueueLine line : queue.lines()) {
            List<Ticket> today = queue.today(line.id());
            if (!today.isEmpty()) {
                Ticket last = today.get(today.size() - 1);
                int ahead = (int) today.stream().filter(t -> t.status() == TicketStatus.WAITING && t.number() < last.number()).count();
                return new IssuedTicket(last, line, ahead, ahead * line.minutesPerTicket());
            }
        }
        java.util.Optional<Ticket> earlier = queue.newest();
        if (earlier.isPresent()) {
            Ticket t = earlier.get();
            QueueLine line = queue.lines().stream().filter(l -> l.id() == t.lineId()).findFirst().orElseThrow();
            return new IssuedTicket(t, line, 0, 0);
        }
        throw new UsageException("madang render receipt ticket: the site has no queue ticket yet");
    }

    private void write(byte[] bytes) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, bytes);
    }
}
