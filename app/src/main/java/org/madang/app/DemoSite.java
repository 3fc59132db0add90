package org.madang.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.madang.core.demo.DemoScale;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.site.SiteDirectory;

/** Makes a demo site: the annotated example {@code site.yaml}, keys, database and demo data. */
final class DemoSite {
    /** The seed of every demo site, so two machines show the same demo. */
    static final long SEED = 20261121L;

    private DemoSite() {
    }

    /** Creates and seeds the site at {@code root} unless it already has a database. */
    static void ensure(Path root, DemoScale scale, PrintWriter out, Map<String, String> env) {
        SiteDirectory dir = new SiteDirectory(root);
        if (dir.hasDatabase()) {
            return;
        }
        out.println("Preparing the demo site in " + dir.root() + " (first start only) ...");
        out.flush();
        writeSiteFile(dir);
        SiteRuntime site = SiteRuntime.open(dir, SiteRuntime.loadConfig(dir, List.of(), env), Clock.systemDefaultZone());
        try {
            seed(site, scale, SEED);
        } catch (RuntimeException e) {
            site.close();
            throw e;
        }
        site.database.closeCompacted();
    }

    static Map<String, Long> seed(SiteRuntime site, DemoScale scale, long seed) {
        return seed(site, scale, seed, 1);
    }

    /** The demo county's other centres, in the order {@code demo-data --sites N} adds them. */
    static final List<org.madang.core.county.Centre> NEIGHBOURS = List.of(new org.madang.core.county.Centre("haneul", "하늘면 행정복지센터"),
            new org.madang.core.county.Centre("byeol", "별면 행정복지센터"), new org.madang.core.county.Centre("dal", "달면 행정복지센터"),
            new org.madang.core.county.Centre("bada", "바다면 행정복지센터"));

    /** Seeds the demo; with {@code centres} above 1, a county of that many centres in one database (the site's own first). */
    static Map<String, Long> seed(SiteRuntime site, DemoScale scale, long seed, int centres) {
        DemoSeeder seeder = new DemoSeeder(site.database.jdbi(), site.events(), site.cipher(), site.passwordHasher(), site.clock);
        List<org.madang.core.county.Centre> others = NEIGHBOURS.stream().filter(c -> !c.code().equals(site.terminal.site()))
                .limit(centres - 1L).toList();
        Map<String, Long> counts = seeder.seed(scale, seed, site.config.site().county(), others);
        issueDocuments(site);
        return counts;
    }

    /** A demo site seeded by an older Madang gets the demo staff it lacks (the sign-in screen names them). */
    static void addMissingStaff(SiteRuntime site) {
        int added = new DemoSeeder(site.database.jdbi(), site.events(), site.cipher(), site.passwordHasher(), site.clock).addMissingStaff();
        if (added > 0) {
            org.slf4j.LoggerFactory.getLogger(DemoSite.class).info("added {} demo staff accounts to an older demo site", added);
        }
    }

    /** The demo documents in the outbox; without a Hangul TrueType font the site simply has none yet. */
    private static void issueDocuments(SiteRuntime site) {
        if (org.madang.core.document.DocumentFonts.find(site.config.ui().font()).isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(DemoSite.class).warn("demo documents not issued: {}",
                    org.madang.core.document.DocumentFonts.missing());
            return;
        }
        try {
            DemoDocuments.issue(site);
        } catch (IOException e) {
            throw new UsageException("the demo documents cannot be written to " + site.dir.outbox() + ": " + e.getMessage(), e);
        }
    }

    /** Writes the annotated example site file, unless the folder already has one. */
    static void writeSiteFile(SiteDirectory dir) {
        try {
            dir.create();
            if (Files.exists(dir.siteFile())) {
                return;
            }
            try (InputStream example = DemoSite.class.getResourceAsStream("/examples/site.yaml")) {
                if (example == null) {
                    throw new IllegalStateException("examples/site.yaml is missing from the build");
                }
                Files.copy(example, dir.siteFile());
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + dir.siteFile() + ": " + e.getMessage(), e);
        }
    }
}
