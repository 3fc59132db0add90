package org.madang.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.madang.config.SiteConfig;
import org.madang.config.SiteIdentity;
import org.madang.core.demo.DemoCards;
import org.madang.core.event.EventLog;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.qr.QrScanner;
import org.madang.hardware.sim.SimulatedIdReader;
import org.madang.hardware.sim.SimulatedQrScanner;
import org.madang.kiosk.identify.SampleCodes;
import org.madang.core.booking.BookingStore;
import org.madang.kiosk.KioskServices;
import org.madang.ui.HangulFonts;

/** Wires a kiosk from an open site: the devices its configuration names and the services over the database. */
final class KioskAssembly {
    private KioskAssembly() {
    }

    /** The font family to draw with; without a Hangul font the site falls back to English, and says so. */
    static FontChoice chooseFont(SiteConfig config, PrintWriter err) {
        return chooseFont(config, HangulFonts.find(config.ui().font()), err);
    }

    /** The choice for a font search's result: the family found, or English only without one. */
    static FontChoice chooseFont(SiteConfig config, Optional<String> family, PrintWriter err) {
        if (family.isPresent()) {
            return new FontChoice(family.get(), withShownLanguages(config, family.get(), err));
        }
        err.println("No font with Hangul was found (install fonts-nanum, or set ui.fontFile in site.yaml): showing English only.");
        err.flush();
        SiteIdentity s = config.site();
        SiteConfig english = config.withSite(s.withLanguages(List.of("en")));
        return new FontChoice(java.awt.Font.SANS_SERIF, english);
    }

    /**
     * The site's languages this machine can draw: one whose script no installed font shows
     * (Chinese without fonts-noto-cjk) is not offered, and a plain line says so and what to install.
     */
    static SiteConfig withShownLanguages(SiteConfig config, String family, PrintWriter err) {
        SiteIdentity s = config.site();
        List<String> shown = new java.util.ArrayList<>();
        for (String lang : s.languages()) {
            if (org.madang.ui.LanguageFonts.family(lang, family).isPresent()) {
                shown.add(lang);
            } else {
                err.println("The kiosk does not offer " + LANGUAGE_NAMES.getOrDefault(lang, lang) + " (" + lang
                        + "): no font here shows its letters (install fonts-noto-cjk, which has them).");
            }
        }
        err.flush();
        if (shown.isEmpty()) {
            shown.add("en");
        }
        return shown.equals(s.languages()) ? config : config.withSite(s.withLanguages(shown));
    }

    private static final java.util.Map<String, String> LANGUAGE_NAMES = java.util.Map.of(
            "ko", "Korean", "en", "English", "zh", "Chinese", "vi", "Vietnamese");

    /** The font to draw with and the configuration adjusted to it. */
    record FontChoice(String family, SiteConfig config) {
    }

    static KioskServices services(SiteRuntime site, SiteConfig config, String fontFamily, PrintWriter err) {
        EventLog events = site.events();
        ReceiptImageRenderer renderer = new ReceiptImageRenderer(fontFamily);
        ReceiptPrinter printer = DeviceAssembly.receiptPrinter(config.devices().receiptPrinter(), site.dir.outbox(), () -> renderer, site.clock);
        SimulatedIdReader simReader = new SimulatedIdReader();
        IdReader reader = DeviceAssembly.idReader(config.devices().idReader(), simReader, site.clock);
        Optional<KioskServices.CardSimulator> cards = reader == simReader
                ? Optional.of(new KioskServices.CardSimulator(simReader, DemoCards.RESIDENTS.stream().map(DemoCards.DemoResident::card).toList()))
                : Optional.empty();
        SimulatedQrScanner simScanner = new SimulatedQrScanner();
        QrScanner scanner = DeviceAssembly.qrScanner(config.devices().qrScanner(), simScanner);
        BookingStore store = site.bookingStore();
        // the simulated scanner's sample receipts are today's bookings, read where check-in reads them (the cache, at a centre with one)
        Optional<KioskServices.ScanSimulator> scans = scanner == simScanner
                ? Optional.of(new KioskServices.ScanSimulator(simScanner, SampleCodes.of(new BookingStore(site.reads()), site.courses(events),
                site.receipts(), site.clock)))
                : Optional.empty();
        return new KioskServices(config, site.clock, site.facilities(), site.residents(), site.bookings(events), store,
                site.cancellations(events), site.checkIns(events), site.waitlist(events), site.lottery(events), site.residentMessages(),
                site.queue(events), site.notices(events), site.staffCalls(events), site.receipts(),
                new KioskServices.Devices(printer, renderer, reader, cards, scanner, scans,
                        DeviceAssembly.documentPrinter(config.devices().documentPrinter(), site.dir.outbox(), site.clock),
                        DeviceAssembly.voice(config.devices().voice())),
                documents(site, events, err), new KioskServices.Courses(site.courseCatalogue(), site.courses(events),
                        site.courseAttendance(events), site.learningHistory(), site.courseWishes(events)),
                new org.madang.core.care.WelfareRequests(site.database.jdbi(), events, new org.madang.core.care.CaseText(site.cipher().data()),
                        site.queue(events), site.clock), site.satisfaction(events),
                new org.madang.core.catalogue.Pictures(site.database.jdbi(), events, site.clock), site.clerks(events));
    }

    /** Civil documents need a TrueType font with Hangul; without one the kiosk does not offer them, and says why. */
    private static Optional<KioskServices.Documents> documents(SiteRuntime site, EventLog events, PrintWriter err) {
        try {
            site.documentPdf();
        } catch (UsageException noFont) {
            err.println("Civil documents are not offered: " + noFont.getMessage());
            err.flush();
            return Optional.empty();
        }
        return Optional.of(new KioskServices.Documents(site.documents(events), site.pins(events), site.verifier(),
                site.learningHistory()));
    }
}
