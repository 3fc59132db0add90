package org.madang.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.madang.core.course.CourseFilter;
import org.madang.core.demo.DemoScale;
import org.madang.core.event.ChainCheckpoint;
import org.madang.core.site.SiteDirectory;
import org.madang.core.storage.StoredCounts;

/**
 * The site of a race or crash run ({@code madang bench race|crash}): a small demo site in a
 * temporary folder, the few slots and courses every terminal goes for, the terminals started as
 * processes, and the audit afterwards — the database against what the terminals acknowledged.
 */
final class HarnessSite implements AutoCloseable {
    /** The tables whose new rows are audited, with the event each row must have. */
    private static final List<String> TABLES = List.of("booking", "course_enrolment", "queue_ticket", "payment", "document_issue");

    final Path root;
    /** The slots the terminals book: the few last seats of a race, or (bench county) the county's many. */
    List<Long> slots;
    final List<Long> courses;
    final List<String> documents;
    private final Map<String, Long> before;
    /** The county's PostgreSQL the site lives on, when it is a county's ({@link #county}); stopped and deleted at close. */
    private LocalCounty county;
    /** The county's centres, in order; one for a site on its own H2 file. */
    List<String> centres = List.of(org.madang.config.SiteIdentity.OWN);
    /** Whether the terminals started next only book (bench county). */
    boolean onlyBook;
    /** Every line the terminals printed, in the order read. */
    final Queue<String> lines = new ConcurrentLinkedQueue<>();

    private HarnessSite(Path root, List<Long> slots, List<Long> courses, List<String> documents, Map<String, Long> before) {
        this.root = root;
        this.slots = slots;
        this.courses = courses;
        this.documents = documents;
        this.before = before;
    }

    /**
     * Seeds a small demo site and picks what the terminals go for: the {@code courts} fullest
     * court slots (one booking each) and {@code seats} fullest per-seat slots two to seven days ahead.
     */
    static HarnessSite small(PrintWriter out, int courts, int seats) throws IOException {
        Path root = Files.createTempDirectory("madang-harness-");
        try {
            SiteDirectory dir = new SiteDirectory(root);
            DemoSite.writeSiteFile(dir);
            try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
                DemoSite.seed(site, DemoScale.SMALL, DemoSite.SEED);
            }
            return pick(root, out, courts, seats);
        } catch (RuntimeException e) {
            Sites.deleteTree(root);
            throw e;
        }
    }

    /**
     * The demo county of {@code centres} centres on a PostgreSQL of this machine (Debian's, through
     * {@link LocalCounty}, on a free port), and what its terminals go for, as {@link #small}.
     */
    static HarnessSite county(PrintWriter out, int courts, int seats, int centres) throws IOException {
        return county(out, courts, seats, centres, DemoScale.SMALL);
    }

    /** As {@link #county(PrintWriter, int, int, int)}, the demo county seeded at {@code scale}. */
    static HarnessSite county(PrintWriter out, int courts, int seats, int centres, DemoScale scale) throws IOException {
        Path root = Files.createTempDirectory("madang-harness-county-");
        LocalCounty county = null;
        try {
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            county = CountyCommand.ensure(root, port, centres, scale, new PrintWriter(java.io.Writer.nullWriter()));
            HarnessSite site = pick(root, out, courts, seats);
            site.county = county;
            return site;
        } catch (IOException | RuntimeException e) {
            if (county != null) {
                county.delete();
            }
            Sites.deleteTree(root);
            throw e;
        }
    }

    private static HarnessSite pick(Path root, PrintWriter out, int courts, int seats) {
        try (SiteRuntime site = SiteRuntime.open(root, List.of("terminal.id=harness-pick"), Map.of())) {
            LocalDateTime now = LocalDateTime.now(site.clock);
            // the few last seats: the fullest slots two to seven days ahead, courts (one booking each) and seats
            List<Long> slots = site.database.jdbi().withHandle(h -> {
                List<Long> picked = new ArrayList<>(fullest(h, false, now, courts));
                picked.addAll(fullest(h, true, now, seats));
                return picked;
            });
            List<Long> courses = site.courseCatalogue().recruiting(CourseFilter.ALL, now).stream().map(l -> l.course())
                    .filter(c -> !c.lottery() && c.enrolmentOpen(now) && c.seatsLeft() > 0)
                    .sorted(java.util.Comparator.comparingInt(c -> c.seatsLeft())).limit(2).map(c -> c.id()).toList();
            List<String> documents = org.madang.core.document.DocumentFonts.find(site.config.ui().font()).isEmpty() ? List.of()
                    : site.documentTypes().all().stream().filter(t -> t.offered() && t.kioskIssuable()).map(t -> t.code()).limit(3).toList();
            if (slots.isEmpty() || courses.isEmpty()) {
                throw new IllegalStateException("the demo site has no free slot or open course to race for");
            }
            Map<String, Long> before = site.database.jdbi().withHandle(HarnessSite::highestIds);
            out.printf("Harness site %s: slots %s, courses %s, documents %s%n", root, slots, courses,
                    documents.isEmpty() ? "none (no Hangul font)" : documents);
            out.flush();
            HarnessSite made = new HarnessSite(root, slots, courses, documents, before);
            made.centres = List.copyOf(new org.madang.core.county.Centres(site.database.jdbi()).all().keySet());
            return made;
        }
    }

    private static List<Long> fullest(Handle h, boolean perSeat, LocalDateTime now, int n) {
        return h.createQuery("SELECT s.id FROM slot s JOIN facility f ON f.id = s.facility_id WHERE f.per_seat = :p AND s.booked < s.capacity "
                        + "AND s.slot_day BETWEEN :from AND :to "
                        + "ORDER BY s.capacity - s.booked, s.starts_at, s.id LIMIT :n")
                .bind("p", perSeat).bind("from", now.toLocalDate().plusDays(2)).bind("to", now.toLocalDate().plusDays(7)).bind("n", n)
                .mapTo(Long.class).list();
    }

    private static Map<String, Long> highestIds(Handle h) {
        Map<String, Long> ids = new HashMap<>();
        for (String table : TABLES) {
            ids.put(table, h.createQuery("SELECT COALESCE(MAX(id), 0) FROM " + table).mapTo(Long.class).one());
        }
        return ids;
    }

    /** A terminal process of the run, with the thread that reads what it says. */
    static final class Terminal {
        final Process process;
        private final CountDownLatch ready = new CountDownLatch(1);
        private Thread reader;

        private Terminal(Process process) {
            this.process = process;
        }

        /**
         * Whether it said READY within {@code seconds}; false as soon as it ends without it. One
         * that hangs in its start is left running: the caller decides.
         */
        boolean awaitReady(long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!ready.await(20, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    return ready.getCount() == 0;
                }
            }
            return true;
        }

        /** Once the process has ended: waits until every line it printed has been read. */
        void drained() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Starts a terminal process; its lines go into {@link #lines}, tagged with its id. */
    Terminal start(String id, int desk, double seconds, Path go, Path stop, long seed) throws IOException {
        return start(id, desk, seconds, go, stop, seed, false);
    }

    /** @param firstFree every booking goes for the first slot with a seat left: the terminals race for the same seats */
    Terminal start(String id, int desk, double seconds, Path go, Path stop, long seed, boolean firstFree) throws IOException {
        return start(id, desk, seconds, go, stop, seed, firstFree, null);
    }

    /** @param centre the centre of the county the terminal stands in (null: the site's own) */
    Terminal start(String id, int desk, double seconds, Path go, Path stop, long seed, boolean firstFree, String centre) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "harness-terminal", "--site", root.toString(), "--id", id, "--desk", Integer.toString(desk),
                "--seconds", Double.toString(seconds), "--stop", stop.toString(), "--seed", Long.toString(seed),
                "--slots", slots.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--courses", courses.stream().map(String::valueOf).collect(Collectors.joining(","))));
        if (go != null) {
            command.addAll(List.of("--go", go.toString()));
        }
        if (firstFree) {
            command.add("--first-free");
        }
        if (onlyBook) {
            command.add("--only-book");
        }
        if (centre != null) {
            command.addAll(List.of("--centre", centre));
        }
        if (!documents.isEmpty()) {
            command.addAll(List.of("--documents", String.join(",", documents)));
        }
        Terminal t = new Terminal(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("terminals.err").toFile())).start());
        t.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(t.process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(id + " " + line);
                    if (line.equals("READY")) {
                        t.ready.countDown();
                    }
                }
            } catch (IOException e) {
                lines.add(id + " LOST " + e.getMessage());
            }
        }, "harness-" + id);
        t.reader.setDaemon(true);
        t.reader.start();
        return t;
    }

    /**
     * Runs terminals together: waits until each has said READY (within {@code readySeconds}), starts
     * them all at once (the go file), waits until each has ended (a stop file after {@code seconds}
     * and two minutes more) and every line it printed is read; any still running at the end is killed.
     */
    void runTogether(List<Terminal> started, double seconds, long readySeconds) throws IOException, InterruptedException {
        Path go = root.resolve("go");
        Path stop = root.resolve("stop");
        try {
            for (Terminal t : started) {
                if (!t.awaitReady(readySeconds)) {
                    throw new IllegalStateException("a terminal was not ready within " + readySeconds + " s" + (t.process.isAlive() ? ""
                            : " (it stopped, exit " + t.process.exitValue() + ")") + "; see " + root.resolve("terminals.err"));
                }
            }
            Files.createFile(go);
            for (Terminal t : started) {
                if (!t.process.waitFor((long) seconds + 120, TimeUnit.SECONDS)) {
                    if (!Files.exists(stop)) {
                        Files.createFile(stop);
                    }
                    t.process.waitFor(30, TimeUnit.SECONDS);
                }
                t.drained();
            }
        } finally {
            started.forEach(t -> t.process.destroyForcibly());
        }
    }

    /** How many lines of a kind the terminals printed ({@code READY}, {@code DONE} ...). */
    long count(String kind) {
        return lines.stream().filter(l -> l.split(" ", 3)[1].equals(kind)).count();
    }

    /** The acknowledgements by kind (booking, enrolment, ticket, call, served, payment, document, printed), and errors answered. */
    Map<String, Long> byKind() {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        lines.stream().map(l -> l.split(" ")).filter(f -> f.length > 2 && f[1].equals("ACK")).forEach(f -> kinds.merge(f[2], 1L, Long::sum));
        long errors = count("ERROR");
        if (errors > 0) {
            kinds.put("errors", errors);
        }
        return kinds;
    }

    /** The terminals' own tallies from their DONE lines: attempts and successes. */
    long[] tallies() {
        long[] t = new long[2];
        lines.stream().map(l -> l.split(" ")).filter(f -> f.length == 4 && f[1].equals("DONE")).forEach(f -> {
            t[0] += Long.parseLong(f[2]);
            t[1] += Long.parseLong(f[3]);
        });
        return t;
    }

    /**
     * What the database holds against what was acknowledged.
     *
     * @param overbookings slots holding more than their capacity, courses seating more than their places
     * @param duplicates   one wish stored twice, one record acknowledged twice, a ticket called twice, an item paid twice,
     *                     a resident holding two places in one slot or course
     * @param lost         acknowledged records that are not in the database (or not in the state acknowledged)
     * @param partial      rows without their event, events without their row, stored counts that differ from their rows
     * @param unprinted    documents issued and never printed (each should have been reprinted on its terminal's restart)
     * @param acknowledged ACK lines read
     */
    record Audit(long overbookings, long duplicates, long lost, long partial, long unprinted, boolean chainOk, String chain,
                 long acknowledged) {
        boolean clean() {
            return overbookings == 0 && duplicates == 0 && lost == 0 && partial == 0 && unprinted == 0 && chainOk;
        }
    }

    Audit audit() throws IOException {
        List<String[]> acks = lines.stream().map(l -> l.split(" ")).filter(f -> f.length > 2 && f[1].equals("ACK")).toList();
        try (SiteRuntime site = SiteRuntime.open(root, List.of("terminal.id=harness-audit"), Map.of())) {
            var chain = site.events().verify(ChainCheckpoint.read(site.dir.logs()));
            return site.database.jdbi().withHandle(h -> {
                long over = StoredCounts.overCapacity(h);
                long duplicates = one(h, "SELECT COUNT(*) FROM (SELECT request_id FROM booking WHERE request_id IS NOT NULL "
                        + "GROUP BY request_id HAVING COUNT(*) > 1) twice")
                        + one(h, "SELECT COUNT(*) FROM (SELECT slot_id, resident_id FROM booking WHERE status <> 'CANCELLED' AND id > "
                        + before.get("booking") + " GROUP BY slot_id, resident_id HAVING COUNT(*) > 1) twice")
                        + one(h, "SELECT COUNT(*) FROM (SELECT course_id, resident_id FROM course_enrolment WHERE status IN "
                        + "('ENROLLED', 'WAITING', 'ENTERED') GROUP BY course_id, resident_id HAVING COUNT(*) > 1) twice")
                        + one(h, "SELECT COUNT(*) FROM (SELECT ticket_id FROM queue_call GROUP BY ticket_id HAVING COUNT(*) > 1) twice")
                        + one(h, "SELECT COUNT(*) FROM (SELECT item_kind, item_id FROM payment GROUP BY item_kind, item_id HAVING COUNT(*) > 1) twice")
                        + acks.stream().collect(Collectors.groupingBy(f -> f[2] + " " + f[3], Collectors.counting()))
                        .values().stream().filter(n -> n > 1).count();
                long lost = acks.stream().filter(f -> !holds(h, f)).count();
                long partial = 0;
                partial += missingEvents(h, "booking", "'booking:' || b.id", "BookingCreated");
                partial += missingEvents(h, "course_enrolment", "'enrolment:' || b.id", "CourseEnrolled', 'CourseWaitlisted', 'CourseEntered");
                partial += missingEvents(h, "queue_ticket", "'ticket:' || b.id", "TicketIssued");
                partial += missingEvents(h, "payment", "LOWER(b.item_kind) || ':' || b.item_id", "PaymentRecorded");
                partial += missingEvents(h, "document_issue", "'document:' || b.number", "DocumentIssued");
                partial += one(h, "SELECT COUNT(*) FROM event_log e WHERE e.type = 'BookingCreated' AND NOT EXISTS "
                        + "(SELECT 1 FROM booking b WHERE e.subject = 'booking:' || b.id)");
                partial += StoredCounts.slotsOff(h) + StoredCounts.coursesOff(h);
                long unprinted = one(h, "SELECT COUNT(*) FROM document_issue WHERE status = 'ISSUED' AND print_state <> 'PRINTED' AND id > "
                        + before.get("document_issue"));
                String words = chain.intact() ? chain.intactRows() + " events chained" : "broken at event "
                        + chain.firstBrokenId().orElse(-1L) + " (" + chain.damage().map(Enum::name).orElse("?") + ")";
                return new Audit(over, duplicates, lost, partial, unprinted, chain.intact(), words, acks.size());
            });
        }
    }

    private long missingEvents(Handle h, String table, String subject, String types) {
        return one(h, "SELECT COUNT(*) FROM " + table + " b WHERE b.id > " + before.get(table) + " AND NOT EXISTS (SELECT 1 FROM event_log e "
                + "WHERE e.subject = " + subject + " AND e.type IN ('" + types + "'))");
    }

    /** Whether the database holds what one ACK line said was done. */
    private static boolean holds(Handle h, String[] ack) {
        String kind = ack[2];
        String key = ack[3];
        return switch (kind) {
            case "booking" -> one(h, "SELECT COUNT(*) FROM booking WHERE id = " + Long.parseLong(key) + " AND slot_id = "
                    + Long.parseLong(ack[4]) + " AND resident_id = " + Long.parseLong(ack[5])) == 1;
            case "enrolment" -> one(h, "SELECT COUNT(*) FROM course_enrolment WHERE id = " + Long.parseLong(key) + " AND course_id = "
                    + Long.parseLong(ack[4]) + " AND resident_id = " + Long.parseLong(ack[5])) == 1;
            case "ticket" -> one(h, "SELECT COUNT(*) FROM queue_ticket WHERE id = " + Long.parseLong(key)) == 1;
            case "call" -> one(h, "SELECT COUNT(*) FROM queue_ticket WHERE id = " + Long.parseLong(key) + " AND status <> 'WAITING' "
                    + "AND desk = " + Integer.parseInt(ack[4])) == 1;
            case "served" -> one(h, "SELECT COUNT(*) FROM queue_ticket WHERE id = " + Long.parseLong(key) + " AND status = 'DONE'") == 1;
            case "payment" -> one(h, "SELECT COUNT(*) FROM payment WHERE id = " + Long.parseLong(key) + " AND item_id = "
                    + Long.parseLong(ack[4])) == 1;
            case "document" -> h.createQuery("SELECT COUNT(*) FROM document_issue WHERE number = :n").bind("n", key)
                    .mapTo(Long.class).one() == 1;
            case "printed" -> h.createQuery("SELECT COUNT(*) FROM document_issue WHERE number = :n AND print_state = 'PRINTED'")
                    .bind("n", key).mapTo(Long.class).one() == 1;
            default -> false;
        };
    }

    private static long one(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    /** The figures as one JSON line. */
    static String json(Map<String, Object> figures) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(figures);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> figures(Audit audit, long attempts, long successes) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("attempts", attempts);
        f.put("successes", successes);
        f.put("overbookings", audit.overbookings());
        f.put("duplicates", audit.duplicates());
        f.put("lost", audit.lost());
        f.put("partial", audit.partial());
        f.put("unprinted", audit.unprinted());
        f.put("chainOk", audit.chainOk());
        f.put("byKind", byKind());
        return f;
    }

    /** Keeps the site and the terminals' lines (in {@code terminals.out}) for a look afterwards. */
    private boolean keep;

    void keep(PrintWriter out) throws IOException {
        keep = true;
        Files.write(root.resolve("terminals.out"), lines);
        out.println("The site and the terminals' lines are kept in " + root);
    }

    @Override
    public void close() throws IOException {
        if (county != null && !keep) {
            county.delete();
        } else if (county != null) {
            county.stop();
        }
        if (!keep) {
            Sites.deleteTree(root);
        }
    }
}
