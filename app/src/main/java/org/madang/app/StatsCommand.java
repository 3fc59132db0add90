package org.madang.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.core.site.SiteDirectory;
import org.madang.core.stats.SiteStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang stats}: how many of everything the site database holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count every entity in the site database.")
final class StatsCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object instead of a table.")
    boolean json;


    @Override
    public Integer call() throws Exception {
        Path root = site();
        SiteDirectory dir = new SiteDirectory(root);
        try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang stats")) {
            Map<String, Long> counts = new SiteStats(site.database.jdbi()).counts();
            PrintWriter out = out();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(counts));
            } else {
                int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
                counts.forEach((name, n) -> out.printf("%-" + width + "s  %,12d%n", name, n));
            }
            out.flush();
        }
        return 0;
    }
}
