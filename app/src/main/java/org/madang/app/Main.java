package org.madang.app;

import java.nio.file.Path;
import java.util.Set;

/** Entry point of the {@code madang} command. */
public final class Main {
    /** Sub-commands that open windows; everything else runs headless, display or not. */
    private static final Set<String> WINDOWED = Set.of("kiosk", "counter", "display", "practice");

    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main entered");
        prepareEnvironment(args);
        System.exit(MadangCommand.commandLine(args).execute(args));
    }

    /**
     * Before any class logs: point the log files at the site's {@code logs/} folder, and keep
     * commands without windows headless so they run on machines without a display.
     */
    static void prepareEnvironment(String[] args) {
        boolean listing = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--list") || a.startsWith("--check"));
        boolean windowed = args.length > 0 && (WINDOWED.contains(args[0]) && !listing
                // the kiosk benchmark clicks through a real window when there is a display
                || (args[0].equals("bench") && args.length > 1 && (args[1].equals("kiosk") || args[1].equals("counter"))
                        && System.getenv("DISPLAY") != null));
        // a dead predecessor's database server is tried 3 times, not H2's 16 (1.2 s of a restart): see SiteDatabase.fileUrl
        if (System.getProperty("h2.socketConnectRetry") == null) {
            System.setProperty("h2.socketConnectRetry", "3");
        }
        if (!windowed) {
            System.setProperty("java.awt.headless", "true");
        }
        Path site = SiteOptions.siteFromArgs(args, System.getenv());
        Path logs = site != null ? site.resolve("logs") : Path.of(System.getProperty("user.home"), ".madang", "logs");
        System.setProperty("MADANG_LOG_DIR", logs.toAbsolutePath().toString());
    }
}
