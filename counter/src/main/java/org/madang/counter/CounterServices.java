package org.madang.counter;

import java.time.Clock;
import org.madang.config.SiteConfig;
import org.madang.core.booking.BookingService;
import org.madang.core.booking.BookingStore;
import org.madang.core.booking.Cancellations;
import org.madang.core.booking.Lottery;
import org.madang.core.booking.Waitlist;
import org.madang.core.course.CourseCatalogue;
import org.madang.core.facility.FacilityStore;
import org.madang.core.clerk.ClerkAccounts;
import org.madang.core.clerk.ClerkService;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseWishes;
import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.core.payment.FeesDue;
import org.madang.core.payment.Payments;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.TicketQueue;
import org.madang.core.receipt.Receipts;
import org.madang.core.residentfile.ResidentFiles;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.core.resident.ResidentStore;
import org.madang.core.terminal.StaffCalls;
import org.madang.hardware.receipt.ReceiptPrinter;

/**
 * What the counter's screens work with, wired by the app.
 *
 * @param demoSignIn the demo site's logins, which the sign-in screen shows (demo sites only)
 */
public record CounterServices(SiteConfig config, Clock clock, ClerkService clerks, ClerkAccounts accounts, BookingStore bookings,
                              EventLog events, EventFollower follower, StaffCalls staffCalls, java.util.Optional<DemoSignIn> demoSignIn,
                              CourseEnrolments courses, CourseWishes wishes, org.madang.core.course.CourseRoster roster,
                              ResidentStore residents, ResidentPins pins,
                              Queue queue, Cashier cashier, People people, Behalf behalf, java.util.Optional<Documents> documents,
                              Care care, org.madang.core.survey.Satisfaction satisfaction, org.madang.core.terminal.Fleet fleet,
                              Reports reports, Catalogue catalogue) {
    /** The logins of a demo site's clerks and their one password, shown on its sign-in screen. */
    public record DemoSignIn(String clerk, String supervisor, String admin, String password) {
    }


    /** What the centre offers, as an administrator changes it: the policy figures, closures of facilities. */
    public record Catalogue(org.madang.core.policy.PolicySettings policy, org.madang.core.booking.Closures closures,
                            org.madang.core.facility.FacilityStore facilities, org.madang.core.facility.FacilityCatalogue facilityEditor,
                            org.madang.core.notice.NoticeDesk notices, org.madang.core.course.CourseDesk courses,
                            org.madang.core.course.TermDesk terms, org.madang.core.course.InstructorDesk instructors,
                            org.madang.core.catalogue.Pictures pictures, org.madang.core.document.DocumentTypes documentTypes,
                            org.madang.core.document.DocumentTypeDesk documentTypeEditor, org.madang.core.queue.QueueServiceDesk queueServices) {

        /** Every editor of the site's catalogue, on its database. */
        public static Catalogue of(org.jdbi.v3.core.Jdbi jdbi, EventLog events, org.madang.core.facility.FacilityStore facilities,
                                   org.madang.core.booking.BookingRules rules, Clock clock, org.madang.core.site.Terminal terminal) {
            return new Catalogue(new org.madang.core.policy.PolicySettings(jdbi, events, clock),
                    new org.madang.core.booking.Closures(jdbi, events, facilities, rules, clock, terminal), facilities,
                    new org.madang.core.facility.FacilityCatalogue(jdbi, events, clock), new org.madang.core.notice.NoticeDesk(jdbi, events, clock),
                    new org.madang.core.course.CourseDesk(jdbi, events, clock), new org.madang.core.course.TermDesk(jdbi, events),
                    new org.madang.core.course.InstructorDesk(jdbi, events), new org.madang.core.catalogue.Pictures(jdbi, events, clock),
                    new org.madang.core.document.DocumentTypes(jdbi), new org.madang.core.document.DocumentTypeDesk(jdbi, events),
                    new org.madang.core.queue.QueueServiceDesk(jdbi, events));
        }
    }

    /**
     * The centre's reports, the whole county's at a terminal of a county (read by the county's
     * staff), and the TrueType font with Hangul their PDF is written in (none: CSV only).
     */
    public record Reports(org.madang.core.report.SiteReports site, java.util.Optional<org.madang.core.report.SiteReports> county,
                          java.util.Optional<java.nio.file.Path> pdfFont) {

        /** A centre on a database of its own: its reports are the whole. */
        public Reports(org.madang.core.report.SiteReports site, java.util.Optional<java.nio.file.Path> pdfFont) {
            this(site, java.util.Optional.empty(), pdfFont);
        }
    }

    /**
     * The queue at this desk: the services' tickets and counts, the counters' acts, and this
     * desk (its terminal, number and the services it calls).
     */
    public record Queue(TicketQueue tickets, CounterQueue counters, java.util.function.Supplier<CounterQueue.Desk> desks) {

        /** This desk as it stands: the services an administrator set for it are read at every call. */
        public CounterQueue.Desk desk() {
            return desks.get();
        }
    }

    /**
     * Booking for a resident at the desk or on the phone: the kiosk's services, the course
     * catalogue, checking in at the desk, and a supervisor's change of a booking ban.
     */
    public record Behalf(FacilityStore facilities, BookingService bookings, Waitlist waitlist, Lottery lottery,
                         Cancellations cancellations, CourseCatalogue catalogue, org.madang.core.booking.CheckIns checkIns,
                         org.madang.core.booking.Bans bans) {
    }

    /** Issued documents at the counter (a site without a document font issues none): revoke, print again, verify. */
    public record Documents(org.madang.core.document.DocumentIssuing issuing, org.madang.core.document.DocumentVerifier verifier,
                            org.madang.hardware.document.DocumentPrinter printer) {
    }

    /** Finding residents, their files, and registering new ones. */
    public record People(ResidentSearch search, ResidentFiles files, ResidentRegistry registry) {
    }

    /**
     * The residents officers look after: cases (read and kept by the officer, the welfare team and
     * supervisors), who looks after whom, welfare requests taken by phone, and the catalogues of
     * needs and welfare services.
     */
    public record Care(org.madang.core.care.Cases cases, org.madang.core.care.Caseload caseload,
                       org.madang.core.care.WelfareRequests requests, org.madang.core.care.CareCatalogue catalogue) {
    }

    /** Fees at the counter: what is due, payments and refunds, and the desk's receipt printer. */
    public record Cashier(FeesDue due, Payments payments, ReceiptPrinter printer, Receipts receipts) {
    }
}
