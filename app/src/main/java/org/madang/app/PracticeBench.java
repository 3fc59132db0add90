package org.madang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code madang bench practice}: how long a practice exercise takes to be ready on a fresh
 * sandbox (the previous exercise closed, the template's database copied in, opened and checked
 * by Flyway), after the template is seeded once. Each exercise takes a queue ticket, so every
 * reset throws real changes away.
 */
final class PracticeBench {
    private final PrintWriter out;
    private final int samples;

    PracticeBench(PrintWriter out, int samples) {
        this.out = out;
        this.samples = samples;
    }

    void run() throws IOException {
        Path root = Files.createTempDirectory("madang-practice-bench-");
        try (PracticeSandbox sandbox = new PracticeSandbox(root, Clock.systemDefaultZone(), List.of(), Map.of())) {
            long t0 = System.nanoTime();
            sandbox.prepare();
            out.printf("Practice template (small demo) seeded in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, root);
            long[] took = new long[samples];
            for (int i = -3; i < samples; i++) {
                long start = System.nanoTime();
                SiteRuntime site = sandbox.fresh();
                long t = System.nanoTime() - start;
                if (i >= 0) {
                    took[i] = t;
                }
                var queue = site.queue(site.events());
                queue.take(queue.lines().get(0).id(), null);
            }
            KioskBench.report(out, "exercise reset (close, copy the template, open)", took);
        } finally {
            Sites.deleteTree(root);
        }
    }
}
