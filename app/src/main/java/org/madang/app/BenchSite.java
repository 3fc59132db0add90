package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.madang.core.demo.DemoScale;
import org.madang.core.site.SiteDirectory;

/** A fresh county-scale demo site in a temporary folder for a benchmark, removed when closed. */
final class BenchSite implements AutoCloseable {
    final Path root;

    private BenchSite(Path root) {
        this.root = root;
    }

    /** Seeds the county demo (55 facilities, a year of slots, 150,000+ bookings) and says how long it took. */
    static BenchSite county(PrintWriter out) throws java.io.IOException {
        Path root = Files.createTempDirectory("madang-bench-");
        try {
            SiteDirectory dir = new SiteDirectory(root);
            DemoSite.writeSiteFile(dir);
            long t0 = System.nanoTime();
            try (SiteRuntime seeding = SiteRuntime.open(root, List.of(), Map.of())) {
                DemoSite.seed(seeding, DemoScale.COUNTY, DemoSite.SEED);
            }
            out.printf("County demo site seeded in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, root);
            out.flush();
            return new BenchSite(root);
        } catch (RuntimeException e) {
            Sites.deleteTree(root);
            throw e;
        }
    }

    @Override
    public void close() throws java.io.IOException {
        Sites.deleteTree(root);
    }
}
