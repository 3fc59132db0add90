package org.madang.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.core.site.SiteDirectory;
import org.madang.core.stats.SiteStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code madang stats}: how many of everything the site database holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count every entity in the site database.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--json", description = "One JSON object instead of a table.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = Sites.resolve(options, false, null, spec.commandLine().getOut());
        SiteDirectory dir = new SiteDirectory(root);
        SiteRuntime.requireDatabase(dir, SiteRuntime.loadConfig(dir, options.sets, System.getenv()), "madang stats");
        try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv())) {
            Map<String, Long> counts = new SiteStats(site.database.jdbi()).counts();
            PrintWriter out = spec.commandLine().getOut();
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
