package org.madang.kiosk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.config.SiteConfig;
import org.madang.core.booking.BookingService;
import org.madang.core.booking.BookingStore;
import org.madang.core.booking.Cancellations;
import org.madang.core.booking.CheckIns;
import org.madang.core.booking.Lottery;
import org.madang.core.booking.Waitlist;
import org.madang.core.course.CourseAttendance;
import org.madang.core.course.CourseCatalogue;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseWishes;
import org.madang.core.course.LearningHistory;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.facility.FacilityStore;
import org.madang.core.notice.NoticeBoard;
import org.madang.core.queue.TicketQueue;
import org.madang.core.receipt.Receipts;
import org.madang.core.resident.ResidentMessages;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.ResidentStore;
import org.madang.core.terminal.StaffCalls;
import org.madang.hardware.document.DocumentPrinter;
import org.madang.hardware.id.IdReader;
import org.madang.hardware.id.Identity;
import org.madang.hardware.qr.QrScanner;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.hardware.sim.SimulatedIdReader;
import org.madang.hardware.sim.SimulatedQrScanner;

/** What the kiosk's screens work with, wired by the app from the site's configuration. */
public record KioskServices(SiteConfig config, Clock clock, FacilityStore facilities, ResidentStore residents,
                            BookingService bookings, BookingStore bookingStore, Cancellations cancellations, CheckIns checkIns,
                            Waitlist waitlist, Lottery lottery, ResidentMessages messages, TicketQueue queue, NoticeBoard notices,
                            StaffCalls staffCalls, Receipts receipts, Devices devices, Optional<Documents> documents, Courses courses,
                            org.madang.core.care.WelfareRequests welfare, org.madang.core.survey.Satisfaction satisfaction,
                            org.madang.core.catalogue.Pictures pictures, org.madang.core.clerk.ClerkService clerks) {

    /** The lifelong-learning courses: the catalogue, enrolment, attendance, the learning history and course wishes. */
    public record Courses(CourseCatalogue catalogue, CourseEnrolments enrolments, CourseAttendance attendance, LearningHistory history,
                          CourseWishes wishes) {
    }

    /**
     * Civil documents: issuing, the PIN that is their second factor, checking a document, and
     * the learning history certificates are made from. Absent when the site has no document
     * font: the kiosk then does not offer them.
     */
    public record Documents(DocumentIssuing issuing, ResidentPins pins, DocumentVerifier verifier, LearningHistory learning) {
    }

    /**
     * The kiosk's devices.
     *
     * @param cards the on-screen stand-in for the card reader; empty when a real ID reader is configured
     * @param scans the on-screen stand-in for the QR scanner; empty when a real scanner is configured
     * @param documentPrinter the A4 printer for certificates (a null device saying why when there is none)
     * @param voice the speech and tones of the voice guide (a null device saying why when there is none)
     */
    public record Devices(ReceiptPrinter printer, ReceiptImageRenderer receiptRenderer, IdReader idReader,
                          Optional<CardSimulator> cards, QrScanner qrScanner, Optional<ScanSimulator> scans,
                          DocumentPrinter documentPrinter, org.madang.hardware.voice.Voice voice) {

        /** Opens every device (off the UI thread: a printer that does not answer must not hold up a window). */
        public void openAll() {
            printer.open();
            idReader.open();
            qrScanner.open();
            documentPrinter.open();
            voice.open();
        }

        public void closeAll() {
            printer.close();
            idReader.close();
            qrScanner.close();
            documentPrinter.close();
            voice.close();
        }

        /** A watch on every device's condition (for the heartbeat and the services that need a device), by the labels events carry. */
        public org.madang.hardware.device.DeviceWatch watch(java.time.Clock clock) {
            java.util.Map<String, org.madang.hardware.device.Device> all = new java.util.LinkedHashMap<>();
            all.put("receiptPrinter", printer);
            all.put("documentPrinter", documentPrinter);
            all.put("qrScanner", qrScanner);
            all.put("idReader", idReader);
            all.put("voice", voice);
            return new org.madang.hardware.device.DeviceWatch(all, clock);
        }

        /** The scan simulator's codes as they stand now (a database read: not on the UI thread); none with a real scanner. */
        public List<SampleCode> sampleCodes() {
            return scans.map(s -> s.codes().get()).orElse(List.of());
        }
    }

    /** The on-screen stand-in for a card reader: cards to pick, and the reader they are "inserted" into. */
    public record CardSimulator(SimulatedIdReader reader, List<Identity> cards) {
        public CardSimulator {
            cards = List.copyOf(cards);
        }
    }

    /**
     * The on-screen stand-in for a QR scanner: codes to hold under it (the day's booking receipts,
     * a code from elsewhere, a made-up one), read afresh each time the panel is shown.
     */
    public record ScanSimulator(SimulatedQrScanner scanner, Supplier<List<SampleCode>> codes) {
    }

    /** A code the scan simulator offers: what it is, in the session's words, and its text. */
    public record SampleCode(String labelKey, List<Object> args, String text) {
        public SampleCode {
            args = List.copyOf(args);
        }
    }
}
