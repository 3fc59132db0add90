package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code madang bench race}: N terminal processes on one site, started together, all going for
 * the same few last seats, the same courses and the same queue for S seconds; then the database
 * is audited against what they acknowledged. A benchmark: the figures are printed, and the exit
 * status is 1 when any overbooking, duplicate, lost or partial record, or a broken chain is found.
 */
final class RaceBench {
    private final PrintWriter out;
    private final int terminals;
    private final double seconds;
    private final boolean json;
    private final boolean keep;
    /** Centres of a county on PostgreSQL the terminals stand in, in turn; 0: a site on its own H2 file. */
    private final int county;

    RaceBench(PrintWriter out, int terminals, double seconds, boolean json, boolean keep) {
        this(out, terminals, seconds, json, keep, 0);
    }

    RaceBench(PrintWriter out, int terminals, double seconds, boolean json, boolean keep, int county) {
        this.county = county;
        this.keep = keep;
        this.out = out;
        this.terminals = terminals;
        this.seconds = seconds;
        this.json = json;
    }

    int run() throws Exception {
        PrintWriter said = json ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        try (HarnessSite site = county > 0 ? HarnessSite.county(said, 4, 2, county) : HarnessSite.small(said, 4, 2)) {
            Path go = site.root.resolve("go");
            Path stop = site.root.resolve("stop");
            List<HarnessSite.Terminal> started = new ArrayList<>();
            try {
                for (int i = 1; i <= terminals; i++) {
                    // in a county, each terminal another centre's in turn, each with its own desk numbers from 1
                    String centre = county > 0 ? site.centres.get((i - 1) % site.centres.size()) : null;
                    started.add(site.start(centre == null ? "kiosk-" + i : centre + "-kiosk-" + i, i, seconds, go, stop, 1000L + i, true, centre));
                }
                site.runTogether(started, seconds, 180);
            } catch (IllegalStateException e) {
                started.forEach(t -> t.process.destroyForcibly());
                site.keep(out); // what the terminals said, for a look
                throw e;
            }
            long[] tallies = site.tallies();
            HarnessSite.Audit audit = site.audit();
            Map<String, Object> figures = site.figures(audit, tallies[0], tallies[1]);
            figures.put("terminals", terminals);
            figures.put("seconds", seconds);
            figures.put("finished", site.count("DONE"));
            figures.put("bookingsPerSecond", Math.round(site.byKind().getOrDefault("booking", 0L) / seconds * 10) / 10.0);
            if (county > 0) {
                figures.put("centres", site.centres.size());
                figures.put("database", "PostgreSQL");
            }
            if (json) {
                out.println(HarnessSite.json(figures));
            } else {
                out.printf("%d terminals for %.0f s: %,d attempts, %,d acknowledged (%,d ACK lines), %d finished%n", terminals, seconds,
                        tallies[0], tallies[1], audit.acknowledged(), site.count("DONE"));
                out.println("acknowledged " + site.byKind());
                out.printf("overbookings %d, duplicates %d, lost %d, partial %d, unprinted %d, chain %s%n", audit.overbookings(),
                        audit.duplicates(), audit.lost(), audit.partial(), audit.unprinted(), audit.chain());
            }
            if (keep) {
                site.keep(out);
            }
            out.flush();
            return audit.clean() && site.count("DONE") == terminals ? 0 : 1;
        }
    }
}
