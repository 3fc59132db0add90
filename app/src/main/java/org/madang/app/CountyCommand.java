package org.madang.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.core.demo.DemoScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang county}: a county's PostgreSQL on this machine, for the demo county or for trying a county out. */
@Command(name = "county", mixinStandardHelpOptions = true, description = "A county's PostgreSQL on this machine (Debian's postgresql).",
        subcommands = {CountyCommand.Start.class, CountyCommand.Stop.class})
final class CountyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose one of: start, stop");
    }

    /** The county folder: {@code --site}, or the demo county ({@code $MADANG_DEMO_COUNTY} or {@code ~/.madang/demo-county}). */
    static Path folder(SiteOptions options, Map<String, String> env) {
        Path named = options.site(env);
        if (named != null) {
            return named;
        }
        String dir = env.get("MADANG_DEMO_COUNTY");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".madang", "demo-county");
    }

    /**
     * Starts the county's server (made on first use) and, when its database holds nothing yet,
     * seeds the demo county of {@code centres} centres; answers the county.
     */
    static LocalCounty ensure(Path folder, int port, int centres, java.io.PrintWriter out) throws java.io.IOException {
        return ensure(folder, port, centres, DemoScale.SMALL, out);
    }

    /** As {@link #ensure(Path, int, int, java.io.PrintWriter)}, an empty county seeded at {@code scale}. */
    static LocalCounty ensure(Path folder, int port, int centres, DemoScale scale, java.io.PrintWriter out) throws java.io.IOException {
        LocalCounty county = LocalCounty.in(folder, port);
        if (county.start()) {
            out.println("Made a county database in " + county.folder() + " (PostgreSQL at " + county.url() + ").");
        }
        org.madang.core.site.SiteDirectory dir = new org.madang.core.site.SiteDirectory(folder);
        try (SiteRuntime site = SiteRuntime.open(dir, SiteRuntime.loadConfig(dir, List.of(), System.getenv()), java.time.Clock.systemDefaultZone())) {
            org.madang.core.demo.DemoSeeder seeder = new org.madang.core.demo.DemoSeeder(site.database.jdbi(), site.events(), site.cipher(),
                    site.passwordHasher(), site.clock);
            if (seeder.isEmpty()) {
                out.println("Seeding the demo county (" + centres + " centres) ...");
                out.flush();
                DemoSite.seed(site, scale, DemoSite.SEED, centres);
            }
        }
        out.flush();
        return county;
    }

    /** {@code madang county start}. */
    @Command(name = "start", mixinStandardHelpOptions = true, description = {
            "Start the county's PostgreSQL (made on first use in the county folder, with site.yaml and keys/ for its terminals)",
            "and seed the demo county when its database is empty."})
    static final class Start extends SiteCommand implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "" + LocalCounty.DEFAULT_PORT, description = "The server's port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--sites", defaultValue = "3", description = "Centres of the demo county (default: ${DEFAULT-VALUE}).")
        int centres;

        @Override
        public Integer call() throws Exception {
            Path folder = folder(options, System.getenv());
            LocalCounty county = ensure(folder, port, centres, out());
            out().println("The county's PostgreSQL runs at " + county.url() + "; its terminals: madang kiosk --site " + folder
                    + " (another centre: --set site.code=haneul --set site.name=하늘면 행정복지센터 --set terminal.id=haneul-kiosk-1).");
            out().println("madang county stop --site " + folder + " stops it.");
            return 0;
        }
    }

    /** {@code madang county stop}. */
    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the county's PostgreSQL.")
    static final class Stop extends SiteCommand implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "" + LocalCounty.DEFAULT_PORT, description = "The server's port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--delete", description = "Also delete the county: the server's data, site.yaml and keys/ (the demo county is made anew next time).")
        boolean delete;

        @Override
        public Integer call() throws Exception {
            LocalCounty county = LocalCounty.in(folder(options, System.getenv()), port);
            boolean was = county.running();
            if (delete) {
                county.delete();
                out().println("Deleted the county in " + county.folder() + (was ? " (its PostgreSQL stopped first)." : "."));
                return 0;
            }
            county.stop();
            out().println(was ? "Stopped the county's PostgreSQL." : "The county's PostgreSQL was not running.");
            return 0;
        }
    }
}
