package org.madang.counter;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.madang.config.ConfigException;
import org.madang.config.SiteConfigLoader;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.event.EventFollower;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.site.Terminal;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.TicketQueue;
import org.madang.core.testing.TestSite;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.sim.SimulatedReceiptPrinter;
import org.madang.ui.HangulFonts;

/** A counter over a seeded test site, and a second terminal (a kiosk) on the same database. */
public final class CounterFixture implements AutoCloseable {
    public final TestSite site;
    public final TestSite kiosk;
    public final CounterServices services;
    public final SimulatedReceiptPrinter printer;
    public final org.madang.hardware.sim.SimulatedDocumentPrinter documentPrinter;

    /** @param settings site settings ({@code key=value}) over the defaults, e.g. {@code counter.lockAfterSeconds=2} */
    public CounterFixture(String... settings) {
        site = TestSite.seeded(TestSite.tempRoot());
        site.addClerk("tester", "시험 직원", org.madang.core.clerk.Role.CLERK, "secret-pass");
        kiosk = TestSite.open(site.dir.root(), new Terminal("kiosk-2"));
        printer = new SimulatedReceiptPrinter(site.dir.outbox(), new ReceiptImageRenderer(
                HangulFonts.find(java.util.Optional.empty()).orElseThrow(() -> new IllegalStateException("tests need a Hangul font"))),
                site.clock);
        documentPrinter = new org.madang.hardware.sim.SimulatedDocumentPrinter(site.dir.outbox(), site.clock);
        TicketQueue tickets = site.queue();
        CounterQueue.Desk desk = new CounterQueue.Desk(site.terminal.id(), 1, tickets.lines().stream().map(QueueLine::id).toList());
        try {
            services = new CounterServices(new SiteConfigLoader().loadText("", "site.yaml", Map.of(), List.of(settings)), site.clock,
                    site.clerks(), site.clerkAccounts(), site.bookingStore(), site.events(), new EventFollower(site.events(), Duration.ofMillis(100)),
                    site.staffCalls(), java.util.Optional.empty(), site.courses(), site.courseWishes(),
                    new org.madang.core.course.CourseRoster(site.database.jdbi(), site.events(), site.clock, site.terminal), site.residents(),
                    new org.madang.core.resident.ResidentPins(site.database.jdbi(), site.events(), site.cipher()),
                    new CounterServices.Queue(tickets, site.counterQueue(), () -> desk),
                    new CounterServices.Cashier(site.feesDue(), site.payments(), printer, site.receipts()),
                    new CounterServices.People(site.residentSearch(), site.residentFiles(), site.residentRegistry()),
                    new CounterServices.Behalf(site.facilities(), site.bookings(), site.waitlist(), site.lottery(), site.cancellations(),
                            site.courseCatalogue(), site.checkIns(), new org.madang.core.booking.Bans(site.database.jdbi(), site.events(), site.clock)),
                    java.util.Optional.of(new CounterServices.Documents(site.documents(), site.verifier(), documentPrinter)),
                    new CounterServices.Care(site.cases(), site.caseload(), site.welfareRequests(), site.careCatalogue()),
                    site.satisfaction(), site.fleet(), new CounterServices.Reports(new org.madang.core.report.SiteReports(
                            site.database.jdbi(), site.fleet(), site.satisfaction(), site.clock, "시험 센터"),
                            org.madang.core.document.DocumentFonts.find(java.util.Optional.empty())),
                    CounterServices.Catalogue.of(site.database.jdbi(), site.events(), site.facilities(), site.rules(), site.clock,
                            site.terminal));
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kiosk books a court for tomorrow; the booking is made "now" on the site's clock. */
    public BookingOutcome kioskBooks(long resident) {
        return kioskBooks(resident, 1);
    }

    /** The kiosk books a free court {@code daysAhead} days from today. */
    public BookingOutcome kioskBooks(long resident, int daysAhead) {
        Facility court = kiosk.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(kiosk.clock);
        Slot slot = kiosk.facilities().slots(court.id(), now.toLocalDate().plusDays(daysAhead), now).stream().filter(s -> !s.isFull())
                .findFirst().orElseThrow();
        return kiosk.bookings().book(new BookingRequest(slot.id(), resident, 1, Channel.KIOSK));
    }

    /** Follows the site's event log from now on, as the counter window does, handing each batch to {@code listener}. */
    public void follow(java.util.function.Consumer<List<org.madang.core.event.Event>> listener) {
        services.follower().start(services.events().latestId(), listener);
    }

    @Override
    public void close() {
        services.follower().close();
        kiosk.close();
        site.close();
    }
}
