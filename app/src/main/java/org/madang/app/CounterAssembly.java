package org.madang.app;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.core.queue.TicketQueue;
import org.madang.core.residentfile.ResidentFiles;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterServices;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.hardware.receipt.ReceiptPrinter;

/** Wires the counter from an open site. */
final class CounterAssembly {
    /** How often the counter looks for other terminals' events: well inside the one-second promise. */
    static final Duration FOLLOW_INTERVAL = Duration.ofMillis(250);

    private CounterAssembly() {
    }

    /** @param fontFamily the font the simulated receipt printer draws with */
    static CounterServices services(SiteRuntime site, boolean demoHint, String fontFamily) {
        EventLog events = site.events();
        TicketQueue tickets = site.queue(events);
        ReceiptImageRenderer renderer = new ReceiptImageRenderer(fontFamily);
        ReceiptPrinter printer = DeviceAssembly.receiptPrinter(site.config.devices().receiptPrinter(), site.dir.outbox(), () -> renderer,
                site.clock);
        return new CounterServices(site.config, site.clock, site.clerks(events), site.clerkAccounts(events), site.bookingStore(), events,
                new EventFollower(events, FOLLOW_INTERVAL), site.staffCalls(events), demoHint ? java.util.Optional.of(new CounterServices.DemoSignIn(
                        DemoSeeder.DEMO_CLERK_LOGIN, DemoSeeder.DEMO_SUPERVISOR_LOGIN, DemoSeeder.DEMO_ADMIN_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD))
                        : java.util.Optional.empty(), site.courses(events),
                site.courseWishes(events), new org.madang.core.course.CourseRoster(site.database.jdbi(), events, site.clock, site.terminal),
                site.residents(), site.pins(events),
                new CounterServices.Queue(tickets, site.counterQueue(events), desk(site, tickets, new QueueServiceDesk(site.database.jdbi(), events))),
                new CounterServices.Cashier(site.feesDue(), site.payments(events), printer, site.receipts()),
                new CounterServices.People(new ResidentSearch(site.database.jdbi(), site.cipher(), site.checkIns(events),
                        site.courseAttendance(events), site.verifier(), site.clock),
                        new ResidentFiles(site.database.jdbi(), site.cipher(), events, site.residentMessages(), site.feesDue(),
                                site.payments(events), site.clock),
                        new ResidentRegistry(site.database.jdbi(), site.cipher(), events, site.clock)),
                new CounterServices.Behalf(site.facilities(), site.bookings(events), site.waitlist(events), site.lottery(events),
                        site.cancellations(events), site.courseCatalogue(), site.checkIns(events),
                        new org.madang.core.booking.Bans(site.database.jdbi(), events, site.clock)),
                documents(site, events), care(site, events, tickets), site.satisfaction(events),
                site.fleet(events), new CounterServices.Reports(site.reports(events),
                        site.config.database().postgres() ? java.util.Optional.of(site.reports(events, true)) : java.util.Optional.empty(),
                        org.madang.core.document.DocumentFonts.find(site.config.ui().font())),
                CounterServices.Catalogue.of(site.database.jdbi(), events, site.facilities(), site.rules(), site.clock, site.terminal));
    }

    static CounterServices.Care care(SiteRuntime site, EventLog events, TicketQueue tickets) {
        org.madang.core.care.CaseText text = new org.madang.core.care.CaseText(site.cipher().data());
        return new CounterServices.Care(new org.madang.core.care.Cases(site.database.jdbi(), events, text, site.clock),
                new org.madang.core.care.Caseload(site.database.jdbi(), events, site.clock),
                new org.madang.core.care.WelfareRequests(site.database.jdbi(), events, text, tickets, site.clock),
                new org.madang.core.care.CareCatalogue(site.database.jdbi(), events));
    }

    /** Documents need a TrueType font with Hangul; without one the counter does not offer them. */
    private static java.util.Optional<CounterServices.Documents> documents(SiteRuntime site, EventLog events) {
        try {
            site.documentPdf();
        } catch (UsageException noFont) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CounterServices.Documents(site.documents(events), site.verifier(),
                DeviceAssembly.documentPrinter(site.config.devices().documentPrinter(), site.dir.outbox(), site.clock)));
    }

    /**
     * This desk as read at each call: the services an administrator set for its number in the
     * counter's settings; else those of {@code counter.services} (every service when none are named).
     * A name there that is not a service of the site stops the counter at its start.
     */
    static Supplier<CounterQueue.Desk> desk(SiteRuntime site, TicketQueue tickets, QueueServiceDesk assigned) {
        List<QueueLine> lines = tickets.lines();
        for (String code : site.config.counter().services()) {
            if (lines.stream().noneMatch(l -> l.code().equals(code))) {
                throw new UsageException("counter.services: unknown queue service '" + code + "' (known: "
                        + lines.stream().map(QueueLine::code).collect(Collectors.joining(", ")) + ")");
            }
        }
        int number = site.config.counter().number();
        java.util.concurrent.atomic.AtomicReference<List<Long>> known = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        return () -> {
            List<QueueLine> offered = tickets.lines();
            List<Long> set;
            try {
                set = assigned.desk(number);
                known.set(set);
            } catch (RuntimeException e) {
                if (site.link.up()) {
                    throw e;
                }
                // the county does not answer: the services last set for this desk (the desk calls from the centre's cache)
                set = known.get();
            }
            List<Long> serves = set;
            return new CounterQueue.Desk(site.terminal.id(), number, offered.stream()
                    .filter(l -> serves.isEmpty() ? site.config.counter().serves(l.code()) : serves.contains(l.id())).map(QueueLine::id).toList());
        };
    }
}
