package org.madang.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.config.ConfigException;
import org.madang.config.SiteConfig;
import org.madang.config.SiteConfigLoader;
import org.madang.core.course.LearningHistory;
import org.madang.core.demo.DemoCards;
import org.madang.core.resident.ResidentPins;
import org.madang.core.testing.TestSite;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.sim.SimulatedIdReader;
import org.madang.hardware.sim.SimulatedQrScanner;
import org.madang.kiosk.identify.SampleCodes;
import org.madang.hardware.sim.SimulatedDocumentPrinter;
import org.madang.hardware.sim.SimulatedReceiptPrinter;
import org.madang.ui.HangulFonts;

/** A kiosk's services over a seeded test site, with the simulated printer and card reader. */
final class KioskFixture implements AutoCloseable {
    final TestSite site;
    final SiteConfig config;
    final String font;
    final SimulatedReceiptPrinter printer;
    final SimulatedIdReader reader = new SimulatedIdReader();
    final SimulatedQrScanner scanner = new SimulatedQrScanner();
    final SimulatedDocumentPrinter documentPrinter;
    /** The voice guide's speech and tones, kept for tests to read. */
    final org.madang.hardware.sim.SimulatedVoice voice = new org.madang.hardware.sim.SimulatedVoice();
    final KioskServices services;

    KioskFixture(String... sets) {
        this(TestSite.seeded(TestSite.tempRoot()), sets);
    }

    KioskFixture(TestSite site, String... sets) {
        this.site = site;
        try {
            // the demo site's four languages, unless a test says otherwise (its sets come after)
            List<String> all = new java.util.ArrayList<>(List.of("site.languages=ko,en,zh,vi"));
            all.addAll(List.of(sets));
            config = new SiteConfigLoader().loadText("", "site.yaml", Map.of(), all);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e);
        }
        font = HangulFonts.find(Optional.empty()).orElseThrow(() -> new IllegalStateException("tests need a Hangul font (fonts-nanum)"));
        ReceiptImageRenderer renderer = new ReceiptImageRenderer(font);
        printer = new SimulatedReceiptPrinter(site.dir.outbox(), renderer, site.clock);
        documentPrinter = new SimulatedDocumentPrinter(site.dir.outbox(), site.clock);
        services = new KioskServices(config, site.clock, site.facilities(), site.residents(), site.bookings(), site.bookingStore(),
                site.cancellations(), site.checkIns(), site.waitlist(), site.lottery(), site.messages(), site.queue(), site.notices(),
                site.staffCalls(), site.receipts(), new KioskServices.Devices(printer, renderer, reader,
                Optional.of(new KioskServices.CardSimulator(reader, DemoCards.RESIDENTS.stream().map(DemoCards.DemoResident::card).toList())),
                scanner, Optional.of(new KioskServices.ScanSimulator(scanner, SampleCodes.of(site.bookingStore(), site.courses(), site.receipts(), site.clock))),
                documentPrinter, voice), Optional.of(new KioskServices.Documents(site.documents(), new ResidentPins(site.database.jdbi(), site.events(),
                site.cipher()), site.verifier(), new LearningHistory(site.database.jdbi()))),
                new KioskServices.Courses(site.courseCatalogue(), site.courses(), site.courseAttendance(), new LearningHistory(site.database.jdbi()),
                        site.courseWishes()), site.welfareRequests(), site.satisfaction(),
                new org.madang.core.catalogue.Pictures(site.database.jdbi(), site.events(), site.clock), site.clerks());
    }

    Path outbox() {
        return site.dir.outbox();
    }

    @Override
    public void close() {
        site.close();
    }
}
