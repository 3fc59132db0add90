package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code madang bench crash}: terminals on one site book, enrol, issue documents, take and call
 * tickets and record payments while, every moment or so, one of them is killed with SIGKILL
 * (the database's host among them) and started again; a restarted terminal finishes what its
 * predecessor left (the desk's open ticket, documents issued but not printed). Afterwards the
 * database is audited against every acknowledgement the killed terminals had printed.
 */
final class CrashBench {
    private static final int TERMINALS = 3;

    private final PrintWriter out;
    private final int crashes;
    private final boolean json;
    private final boolean keep;
    private final long seed;
    /** Process start to READY of each start waited for, in seconds. */
    private final List<Double> startSeconds = new ArrayList<>();
    /** Starts given up (ended, or hung two minutes) and made again. */
    private int failedStarts;

    CrashBench(PrintWriter out, int crashes, boolean json, long seed, boolean keep) {
        this.keep = keep;
        this.out = out;
        this.crashes = crashes;
        this.json = json;
        this.seed = seed;
    }

    int run() throws Exception {
        PrintWriter say = json ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        try (HarnessSite site = HarnessSite.small(say, 40, 10)) {
            Path stop = site.root.resolve("stop");
            SplittableRandom random = new SplittableRandom(seed);
            HarnessSite.Terminal[] running = new HarnessSite.Terminal[TERMINALS];
            long t0 = System.nanoTime();
            int killed = 0;
            try {
                for (int i = 0; i < TERMINALS; i++) {
                    running[i] = site.start(id(i), i + 1, 0, null, stop, random.nextLong());
                }
                while (killed < crashes) {
                    int victim = random.nextInt(TERMINALS);
                    // the victim at work: ready, then a random moment into its work
                    ready(site, running, victim, random, stop);
                    Thread.sleep(50 + random.nextInt(900));
                    Process p = running[victim].process;
                    p.destroyForcibly();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("a killed terminal did not end within 30 s");
                    }
                    killed++;
                    running[victim] = site.start(id(victim), victim + 1, 0, null, stop, random.nextLong());
                    if (!json && killed % 20 == 0) {
                        say.printf("  %d crashes, %,d acknowledged so far%n", killed, site.count("ACK"));
                        say.flush();
                    }
                }
                for (int i = 0; i < TERMINALS; i++) {
                    ready(site, running, i, random, stop);
                }
                java.nio.file.Files.createFile(stop);
                for (HarnessSite.Terminal t : running) {
                    if (!t.process.waitFor(120, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("a terminal did not stop within 120 s of the stop file");
                    }
                    t.drained();
                }
            } catch (IllegalStateException e) {
                site.keep(out); // what the terminals said, for a look
                throw e;
            } finally {
                for (HarnessSite.Terminal t : running) {
                    if (t != null) {
                        t.process.destroyForcibly();
                    }
                }
            }
            double minutes = (System.nanoTime() - t0) / 60e9;
            HarnessSite.Audit audit = site.audit();
            if (!audit.clean()) {
                site.keep(say); // what the terminals said, to find what went wrong
            }
            long recovered = site.count("RECOVERED");
            long attempts = site.count("ACK") + site.count("ERROR");
            Map<String, Object> figures = site.figures(audit, attempts, site.count("ACK"));
            figures.remove("attempts");
            figures.remove("successes");
            figures.put("crashes", killed);
            figures.put("acknowledged", audit.acknowledged());
            figures.put("recovered", recovered);
            figures.put("errors", site.count("ERROR"));
            figures.put("failedStarts", failedStarts);
            List<Double> sorted = startSeconds.stream().sorted().toList();
            figures.put("startMedianSeconds", sorted.get(sorted.size() / 2));
            figures.put("startMaxSeconds", sorted.get(sorted.size() - 1));
            if (json) {
                out.println(HarnessSite.json(figures));
            } else {
                out.printf("%d crashes of %d terminals in %.1f min: %,d acknowledged, %d finished by a restart, %d errors answered, "
                        + "%d starts given up (started again)%n", killed, TERMINALS, minutes, audit.acknowledged(), recovered,
                        site.count("ERROR"), failedStarts);
                out.printf("a terminal's start to ready: median %.1f s, slowest %.1f s%n", sorted.get(sorted.size() / 2),
                        sorted.get(sorted.size() - 1));
                out.println("acknowledged " + site.byKind());
                out.printf("lost %d, partial %d, duplicates %d, overbookings %d, unprinted %d, chain %s%n", audit.lost(), audit.partial(),
                        audit.duplicates(), audit.overbookings(), audit.unprinted(), audit.chain());
            }
            if (keep) {
                site.keep(out);
            }
            out.flush();
            return audit.clean() ? 0 : 1;
        }
    }

    private static String id(int i) {
        return "kiosk-" + (i + 1);
    }

    /**
     * Waits for terminal {@code index} to be ready, timing its start; one that gave up starting
     * or hung in its start for two minutes (the database's file still held by a host that died)
     * is killed and started again, as a watchdog would, and counted.
     */
    private void ready(HarnessSite site, HarnessSite.Terminal[] running, int index, SplittableRandom random, Path stop)
            throws Exception {
        while (true) {
            HarnessSite.Terminal t = running[index];
            long t0 = t.process.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
            if (t.awaitReady(120)) {
                startSeconds.add((System.currentTimeMillis() - t0) / 1000.0);
                return;
            }
            t.process.destroyForcibly();
            t.process.waitFor(30, TimeUnit.SECONDS);
            if (++failedStarts > crashes + 20) {
                throw new IllegalStateException(failedStarts + " starts given up: the terminals cannot open the site");
            }
            running[index] = site.start(id(index), index + 1, 0, null, stop, random.nextLong());
        }
    }
}
