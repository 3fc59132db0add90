package org.madang.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every sub-command takes: which site, and which settings to override. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: $MADANG_SITE).")
    Path site;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a site.yaml setting, e.g. --set terminal.id=kiosk-2 (repeatable).")
    List<String> sets = new ArrayList<>();

    /** The site folder named on the command line or in the environment, or null. */
    Path site(Map<String, String> env) {
        if (site != null) {
            return site;
        }
        String fromEnv = env.get("MADANG_SITE");
        return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }

    /** The demo site's folder: {@code $MADANG_DEMO_SITE}, or {@code ~/.madang/demo-site}. */
    static Path demoSite(Map<String, String> env) {
        String dir = env.get("MADANG_DEMO_SITE");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".madang", "demo-site");
    }

    /** The site a command line names, read before picocli runs (for the log folder). */
    static Path siteFromArgs(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--site") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--site=")) {
                return Path.of(args[i].substring("--site=".length()));
            }
        }
        for (String a : args) {
            if (a.equals("--demo")) {
                return demoSite(env);
            }
        }
        String fromEnv = env.get("MADANG_SITE");
        return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }
}
