package org.madang.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.BookingService;
import org.madang.core.booking.Channel;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.EnrolOutcome;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.event.EventLog;
import org.madang.core.facility.Slot;
import org.madang.core.payment.ItemKind;
import org.madang.core.payment.PayMethod;
import org.madang.core.payment.PaymentOutcome;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.PriorityReason;
import org.madang.core.queue.TicketOutcome;
import org.madang.core.queue.TicketQueue;
import org.madang.hardware.sim.SimulatedDocumentPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One terminal of the race and crash harness ({@code madang bench race|crash}), run as its own
 * process: opens the shared site, finishes what a terminal killed before it left (a called
 * ticket, an issued document not yet printed), says READY, waits for the start file and then
 * books, enrols, takes and calls queue tickets, issues documents and records payments through
 * the same services as the kiosk and the counter until its time is up or the stop file appears.
 * Each acknowledged record is printed (and flushed) as one {@code ACK} line the moment its
 * transaction has committed, so the harness can look for every one of them afterwards, even
 * when this process is killed the next instant.
 */
@Command(name = "harness-terminal", hidden = true, description = "A terminal of madang bench race/crash (not for people).")
final class HarnessTerminal implements Callable<Integer> {
    @Option(names = "--site", required = true)
    Path site;

    @Option(names = "--id", required = true)
    String id;

    @Option(names = "--desk", required = true)
    int desk;

    @Option(names = "--seconds", description = "Stop after this long (0: only at the stop file).")
    double seconds;

    @Option(names = "--go")
    Path go;

    @Option(names = "--stop", required = true)
    Path stop;

    @Option(names = "--seed")
    long seed = 1;

    @Option(names = "--slots", split = ",", required = true)
    List<Long> slots;

    @Option(names = "--courses", split = ",", required = true)
    List<Long> courses;

    @Option(names = "--first-free", description = "Book the first of the slots with a seat left (a race), not any of them.")
    boolean firstFree;

    @Option(names = "--centre", description = "The centre of a county's database this terminal stands in (site.code).")
    String centre;

    @Option(names = "--documents", split = ",", description = "Document types to issue (none: no issuing).")
    List<String> documents = new ArrayList<>();

    @Option(names = "--only-book", description = "Only book (madang bench county), each commit's time said on a TIME line.")
    boolean onlyBook;

    private static final String CLERK = DemoSeeder.DEMO_CLERK_LOGIN;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> sets = new ArrayList<>(List.of("terminal.id=" + id, "terminal.role=kiosk"));
        if (centre != null) {
            sets.add("site.code=" + centre);
        }
        try (SiteRuntime runtime = SiteRuntime.open(site, sets, System.getenv())) {
            EventLog events = runtime.events();
            BookingService bookings = runtime.bookings(events);
            CourseEnrolments enrolments = runtime.courses(events);
            TicketQueue tickets = runtime.queue(events);
            CounterQueue counter = runtime.counterQueue(events);
            DocumentIssuing issuing = documents.isEmpty() ? null : runtime.documents(events);
            var payments = runtime.payments(events);
            SimulatedDocumentPrinter printer = new SimulatedDocumentPrinter(runtime.dir.root().resolve("harness-printer"), runtime.clock);
            List<Long> residents = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM resident ORDER BY id")
                    .mapTo(Long.class).list());
            List<Long> lines = tickets.lines().stream().map(l -> l.id()).toList();
            CounterQueue.Desk myDesk = new CounterQueue.Desk(id, desk, lines);

            recover(out, counter, myDesk, issuing, printer);
            out.println("READY");
            if (go != null && !await(go, 120_000)) {
                out.println("TIMEOUT");
                return 2;
            }
            SplittableRandom random = new SplittableRandom(seed);
            long until = seconds > 0 ? System.nanoTime() + (long) (seconds * 1e9) : Long.MAX_VALUE;
            long attempts = 0;
            long successes = 0;
            String run = Long.toString(seed, 36);
            while (System.nanoTime() < until && !Files.exists(stop)) {
                attempts++;
                long resident = residents.get(random.nextInt(residents.size()));
                int what = random.nextInt(issuing == null ? 9 : 10);
                String ack;
                try {
                    if (onlyBook) {
                        long t0 = System.nanoTime();
                        ack = book(bookings, runtime, random, resident, id + "-" + run + "-" + attempts);
                        if (ack != null) {
                            out.println("TIME booking " + (System.nanoTime() - t0));
                        }
                    } else if (what < 4) {
                        ack = book(bookings, runtime, random, resident, id + "-" + run + "-" + attempts);
                    } else if (what < 6) {
                        ack = enrol(enrolments, runtime, random, resident);
                    } else if (what < 8) {
                        ack = queue(tickets, counter, myDesk, random, out);
                    } else if (what < 9) {
                        ack = pay(payments, runtime, random);
                    } else {
                        ack = issue(issuing, printer, random, resident, out);
                    }
                } catch (RuntimeException e) {
                    // what a terminal shows as "please try again" (the database's host gone, a lock held too long)
                    sayError(out, e);
                    Thread.sleep(200);
                    continue;
                }
                if (ack != null) {
                    successes++;
                    out.println("ACK " + ack);
                }
            }
            // a print that failed on the way (a lock held too long under the race) is not left for the next start; this
            // stands for that start, so it tries again as a restarted terminal would (a busy machine can refuse it twice)
            for (int tries = 1; tries <= 5; tries++) {
                try {
                    printIssuedHere(out, issuing, printer, "REPRINTED");
                    break;
                } catch (RuntimeException e) {
                    sayError(out, e);
                    if (tries < 5) {
                        Thread.sleep(500L * tries);
                    }
                }
            }
            out.println("DONE " + attempts + " " + successes);
        }
        return 0;
    }

    /** A failure as the terminal tells it ({@code ERROR} and the first line of what went wrong), then it goes on. */
    private static void sayError(PrintStream out, RuntimeException e) {
        out.println("ERROR " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }

    /** What a restarted terminal finishes first: its desk's open ticket, and documents issued here but not printed. */
    private void recover(PrintStream out, CounterQueue counter, CounterQueue.Desk myDesk, DocumentIssuing issuing,
                         SimulatedDocumentPrinter printer) {
        counter.current(myDesk).ifPresent(t -> {
            if (counter.finish(t.id(), TicketOutcome.SERVED, myDesk, CLERK).isEmpty()) {
                out.println("RECOVERED ticket " + t.id());
            }
        });
        printIssuedHere(out, issuing, printer, "RECOVERED");
    }

    /**
     * Prints the documents issued here and not printed (a print that failed, or a terminal that died
     * between the two): on a restart, and before a terminal ends its run, as a kiosk does after a failure.
     */
    private void printIssuedHere(PrintStream out, DocumentIssuing issuing, SimulatedDocumentPrinter printer, String said) {
        if (issuing == null) {
            return;
        }
        for (DocumentIssue issue : issuing.recent(10_000)) {
            if (issue.terminalId().equals(id) && !"PRINTED".equals(issue.printState()) && "ISSUED".equals(issue.status())) {
                if (issuing.print(issue, issuing.fileOf(issue), printer).printed()) {
                    out.println(said + " document " + issue.number());
                }
            }
        }
    }

    private String book(BookingService bookings, SiteRuntime runtime, SplittableRandom random, long resident, String requestId) {
        // in a race everyone goes for the first of the few slots with a seat left; else any of many
        long slot = slots.get(random.nextInt(slots.size()));
        if (firstFree) {
            for (long s : slots) {
                Optional<Slot> found = runtime.facilities().slot(s);
                if (found.isPresent() && found.get().free() > 0) {
                    slot = s;
                    break;
                }
            }
        }
        int party = 1 + random.nextInt(2);
        BookingOutcome outcome = bookings.book(new BookingRequest(slot, resident, party, Channel.KIOSK, requestId));
        if (outcome instanceof BookingOutcome.Booked b) {
            return "booking " + b.booking().id() + " " + slot + " " + resident + " " + requestId;
        }
        return null;
    }

    private String enrol(CourseEnrolments enrolments, SiteRuntime runtime, SplittableRandom random, long resident) {
        long course = courses.get(random.nextInt(courses.size()));
        var who = runtime.residents().byId(resident);
        if (who.isEmpty()) {
            return null;
        }
        EnrolOutcome outcome = enrolments.enrol(course, who.get(), Channel.KIOSK, "resident:" + resident);
        if (outcome instanceof EnrolOutcome.Enrolled e) {
            return "enrolment " + e.enrolment().id() + " " + course + " " + resident + " ENROLLED";
        }
        if (outcome instanceof EnrolOutcome.Waitlisted e) {
            return "enrolment " + e.enrolment().id() + " " + course + " " + resident + " WAITING";
        }
        if (outcome instanceof EnrolOutcome.Entered e) {
            return "enrolment " + e.enrolment().id() + " " + course + " " + resident + " ENTERED";
        }
        return null;
    }

    /** A resident takes a ticket; this desk calls the next one and serves it. */
    private String queue(TicketQueue tickets, CounterQueue counter, CounterQueue.Desk myDesk, SplittableRandom random, PrintStream out) {
        if (random.nextBoolean() && !myDesk.lineIds().isEmpty()) {
            long line = myDesk.lineIds().get(random.nextInt(myDesk.lineIds().size()));
            return "ticket " + tickets.take(line, random.nextInt(5) == 0 ? PriorityReason.SENIOR : null).ticket().id();
        }
        CallOutcome called = counter.callNext(myDesk, CLERK);
        if (called instanceof CallOutcome.Called c) {
            out.println("ACK call " + c.ticket().id() + " " + desk);
            counter.finish(c.ticket().id(), TicketOutcome.SERVED, myDesk, CLERK);
            return "served " + c.ticket().id();
        }
        return null;
    }

    private String pay(org.madang.core.payment.Payments payments, SiteRuntime runtime, SplittableRandom random) {
        List<Long> due = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM booking WHERE status = 'BOOKED' "
                + "AND payment = 'UNPAID' AND fee > 0 AND slot_id IN (<slots>) ORDER BY id").bindList("slots", slots).mapTo(Long.class).list());
        if (due.isEmpty()) {
            return null;
        }
        long booking = due.get(random.nextInt(Math.min(3, due.size())));
        PaymentOutcome outcome = payments.record(ItemKind.BOOKING, booking, PayMethod.CASH, CLERK);
        if (outcome instanceof PaymentOutcome.Recorded r) {
            return "payment " + r.payment().id() + " " + booking;
        }
        return null;
    }

    private String issue(DocumentIssuing issuing, SimulatedDocumentPrinter printer, SplittableRandom random, long resident,
                         PrintStream out) {
        String type = documents.get(random.nextInt(documents.size()));
        if (!(issuing.prepare(resident, resident, type, DocumentOptions.DEFAULTS, Channel.KIOSK) instanceof DocumentIssuing.Ready ready)) {
            return null;
        }
        DocumentIssuing.Issued issued = issuing.issue(ready, "resident:" + resident);
        out.println("ACK document " + issued.issue().number());
        if (issuing.print(issued.issue(), issued.pdf(), printer).printed()) {
            return "printed " + issued.issue().number();
        }
        return null;
    }

    private static boolean await(Path file, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
