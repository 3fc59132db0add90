package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.core.demo.DemoScale;
import org.madang.core.site.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang demo-data}: fills a new site with a deterministic demo. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Fill a new, empty site with demo data (the same seed and day give the same data).")
final class DemoDataCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "small|county", defaultValue = "small",
            description = "small: a few facilities and weeks; county: the reference county (55 facilities, 140,000+ bookings). Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--sites", paramLabel = "N", defaultValue = "1",
            description = "Centres in the database: 1 (default) a centre of its own; 2 to 5 a county whose other centres are the demo's"
                    + " neighbours (하늘면, 별면, …), facilities and courses dealt among them, each with its own queue and staff.")
    int sites;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoSite.SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;


    @Override
    public Integer call() {
        DemoScale demoScale;
        try {
            demoScale = DemoScale.named(scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("madang demo-data --scale: " + e.getMessage());
        }
        if (sites < 1 || sites > DemoSite.NEIGHBOURS.size() + 1) {
            throw new UsageException("madang demo-data --sites: from 1 to " + (DemoSite.NEIGHBOURS.size() + 1) + ", not " + sites);
        }
        Path root = site();
        SiteDirectory dir = new SiteDirectory(root);
        DemoSite.writeSiteFile(dir);
        PrintWriter out = out();
        try (SiteRuntime site = SiteRuntime.open(dir, SiteRuntime.loadConfig(dir, options.sets, System.getenv()), java.time.Clock.systemDefaultZone())) {
            long started = System.nanoTime();
            Map<String, Long> counts;
            try {
                counts = DemoSite.seed(site, demoScale, seed, sites);
            } catch (IllegalStateException e) {
                throw new UsageException("madang demo-data: " + e.getMessage() + " (" + root + ")");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            var centres = new org.madang.core.county.Centres(site.database.jdbi()).all();
            site.database.closeCompacted();
            out.printf("Seeded %s at %s scale in %.1f s: %,d facilities, %,d slots, %,d bookings, %,d residents, %,d courses.%n",
                    dir.root(), demoScale.name(), seconds, counts.get("facilities"), counts.get("slots"), counts.get("bookings"),
                    counts.get("residents"), counts.get("courses"));
            if (sites > 1) {
                out.printf("A county of %d centres: %s. A terminal of another centre: --set site.code=<code> --set site.name=<its name> --set terminal.id=<its own id>.%n",
                        centres.size(), String.join(", ", centres.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
            out.flush();
        }
        return 0;
    }
}
