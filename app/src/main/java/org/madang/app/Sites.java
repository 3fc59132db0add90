package org.madang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.madang.core.demo.DemoScale;

/** Which site a command works on: {@code --site}, {@code $MADANG_SITE}, or the demo site. */
final class Sites {
    private Sites() {
    }

    /** Refuses to open a window where there is no display, with what to do instead. */
    static void requireDisplay(String command) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new UsageException(command + ": no display here (set DISPLAY, or use madang screenshot for images)");
        }
    }

    /** The site folder to use; with {@code demo}, the demo site, made and seeded first if missing. */
    static Path resolve(SiteOptions options, boolean demo, DemoScale demoScale, PrintWriter out) {
        Path named = options.site(System.getenv());
        if (demo) {
            Path root = named != null ? named : SiteOptions.demoSite(System.getenv());
            DemoSite.ensure(root, demoScale, out, System.getenv());
            return root;
        }
        if (named == null) {
            throw new UsageException("no site: give --site DIR, set MADANG_SITE, or add --demo for the demo site");
        }
        return named;
    }

    /** Deletes a throwaway site (a screenshot's, a benchmark's) with everything in it. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
