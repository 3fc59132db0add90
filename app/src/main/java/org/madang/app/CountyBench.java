package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.county.CentreCache;
import org.madang.core.demo.DemoScale;
import org.madang.core.event.EventLog;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityStore;

/**
 * {@code madang bench county} (issue 22): the demo county on a PostgreSQL of this machine (Debian's,
 * on a free port), {@code --terminals} processes of its centres in turn booking any free time of
 * any centre two to fifteen days ahead for {@code --seconds}: bookings per second, each commit's
 * p50/p95, and the audit (overbookings must be 0). Then a centre's H2 cache: loaded whole, the
 * day view of every facility read from it (p50/p95), and its catch-up after an outage — the
 * cache not following while 5,000 events are written to the county (how long the outage lasted
 * does not matter, only what happened in it), then one {@link CentreCache#follow()} timed.
 * A benchmark, not a test: figures printed; exit 1 when the audit finds anything.
 */
final class CountyBench {
    /** Events the cache misses in the outage. */
    static final int OUTAGE_EVENTS = 5_000;

    private final PrintWriter out;
    private final int terminals;
    private final double seconds;
    private final int centres;
    private final DemoScale scale;

    CountyBench(PrintWriter out, int terminals, double seconds, int centres, DemoScale scale) {
        this.out = out;
        this.terminals = terminals;
        this.seconds = seconds;
        this.centres = centres;
        this.scale = scale;
    }

    int run() throws Exception {
        long seeding = System.nanoTime();
        try (HarnessSite site = HarnessSite.county(out, 4, 2, centres, scale)) {
            out.printf("county of %d centres (%s demo) on PostgreSQL made and seeded in %.1f s%n", site.centres.size(),
                    scale.name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - seeding) / 1e9);
            long opening = System.nanoTime();
            try (SiteRuntime centre = SiteRuntime.open(site.root, List.of("terminal.id=bench-cache", "database.cache=data/bench-cache"),
                    Map.of())) {
                CentreCache cache = centre.cache().orElseThrow();
                out.printf("a centre's cache opened and loaded whole in %.1f s (%,d rows)%n", (System.nanoTime() - opening) / 1e9,
                        cacheRows(centre));
                List<Long> slots = freeSlots(centre);
                site.slots = slots;
                site.onlyBook = true;
                int audit = book(site, slots.size());
                dayView(centre);
                catchUp(centre, cache, slots);
                out.flush();
                return audit;
            }
        }
    }

    /** Every centre's free times two to fifteen days ahead: what the terminals book. */
    private static List<Long> freeSlots(SiteRuntime centre) {
        LocalDate today = LocalDate.now(centre.clock);
        return centre.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM slot WHERE booked < capacity AND NOT closed "
                        + "AND slot_day BETWEEN :from AND :to ORDER BY id")
                .bind("from", today.plusDays(2)).bind("to", today.plusDays(15)).mapTo(Long.class).list());
    }

    private static long cacheRows(SiteRuntime centre) {
        return centre.reads().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM slot) + (SELECT COUNT(*) FROM booking) "
                + "+ (SELECT COUNT(*) FROM resident) + (SELECT COUNT(*) FROM facility) + (SELECT COUNT(*) FROM notice)").mapTo(Long.class).one());
    }

    /** The terminals' run: booking only, each commit timed by the terminal that made it. */
    private int book(HarnessSite site, int slotCount) throws Exception {
        Path go = site.root.resolve("go");
        Path stop = site.root.resolve("stop");
        List<HarnessSite.Terminal> started = new ArrayList<>();
        try {
            for (int i = 1; i <= terminals; i++) {
                String code = site.centres.get((i - 1) % site.centres.size());
                started.add(site.start(code + "-kiosk-" + i, i, seconds, go, stop, 2000L + i, false, code));
            }
            site.runTogether(started, seconds, 300);
        } finally {
            started.forEach(t -> t.process.destroyForcibly());
        }
        long[] commits = site.lines.stream().map(l -> l.split(" ")).filter(f -> f.length == 4 && f[1].equals("TIME"))
                .mapToLong(f -> Long.parseLong(f[3])).toArray();
        long[] tallies = site.tallies();
        HarnessSite.Audit audit = site.audit();
        long booked = site.byKind().getOrDefault("booking", 0L);
        out.printf("%d terminal processes of %d centres booking any of %,d free times for %.0f s: %,d attempts, %,d bookings, %.1f bookings/s%n",
                terminals, site.centres.size(), slotCount, seconds, tallies[0], booked, booked / seconds);
        KioskBench.report(out, "booking commit (PostgreSQL)", commits);
        out.printf("overbookings %d, duplicates %d, lost %d, partial %d, chain %s%n", audit.overbookings(), audit.duplicates(),
                audit.lost(), audit.partial(), audit.chain());
        return audit.clean() && site.count("DONE") == terminals ? 0 : 1;
    }

    /** The day view of every facility, read from the cache: the kiosk's list of times for a day. */
    private void dayView(SiteRuntime centre) throws java.sql.SQLException {
        centre.cache().orElseThrow().follow();
        FacilityStore cached = new FacilityStore(centre.reads());
        List<Facility> all = cached.all();
        LocalDateTime now = LocalDateTime.now(centre.clock);
        int days = 200;
        long[] nanos = new long[days];
        long sink = 0;
        for (int i = -days / 4; i < days; i++) {
            LocalDate day = now.toLocalDate().plusDays(1 + Math.floorMod(i, 30));
            long t0 = System.nanoTime();
            for (Facility f : all) {
                sink += cached.slots(f.id(), day, now).size();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        KioskBench.report(out, "day view of all " + all.size() + " facilities (cache)", nanos);
        if (sink == 42) {
            out.println();
        }
    }

    /**
     * The outage: the cache does not follow while {@link #OUTAGE_EVENTS} events are written (bookings
     * made and cancelled at once, each naming rows the cache holds); then it catches up, timed.
     */
    private void catchUp(SiteRuntime centre, CentreCache cache, List<Long> slots) throws java.sql.SQLException {
        long seen = cache.state().lastSeen();
        EventLog events = centre.events();
        var bookings = centre.bookings(events);
        var cancellations = centre.cancellations(events);
        List<Long> residents = centre.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM resident ORDER BY id")
                .mapTo(Long.class).list());
        SplittableRandom random = new SplittableRandom(7);
        int n = 0;
        while (events.latestId() - seen < OUTAGE_EVENTS) {
            long resident = residents.get(random.nextInt(residents.size()));
            BookingOutcome outcome = bookings.book(new BookingRequest(slots.get(random.nextInt(slots.size())), resident, 1, Channel.KIOSK,
                    "bench-outage-" + n++));
            if (outcome instanceof BookingOutcome.Booked b) {
                cancellations.cancel(b.booking().id(), resident, "resident:" + resident);
            }
        }
        long missed = events.latestId() - seen;
        long t0 = System.nanoTime();
        CentreCache.Followed caught = cache.follow();
        long took = System.nanoTime() - t0;
        out.printf("cache catch-up after an outage of %,d events: %.2f s (%,d rows copied again, %d rounds of up to %,d)%n", missed, took / 1e9,
                caught.rows(), (caught.events() + CentreCache.BATCH - 1) / CentreCache.BATCH, CentreCache.BATCH);
        out.printf("the cache then at the county's newest event: %s%n", caught.lastSeen() == events.latestId() ? "yes" : "no");
    }
}
