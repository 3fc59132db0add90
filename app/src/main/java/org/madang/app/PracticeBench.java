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

    /**
     * Simulated learners (three, each with a skill of their own) take every shipped lesson three
     * times through the lesson engine — guided, with hints, on their own — erring and hesitating
     * less each time; their attempts are kept and read back as the instructor's view reads them.
     */
    private void learners(org.madang.core.practice.PracticeRecords records) {
        PracticeCommand.demoClass(records);
        var c = records.classes().get(0);
        var everything = org.madang.practice.pack.Packs.allLessons();
        var sim = new org.madang.practice.progress.LearnerSimulation(records, 7, java.time.LocalDateTime.of(2026, 12, 7, 10, 0),
                java.time.ZoneId.of("Asia/Seoul"));
        long t0 = System.nanoTime();
        var practising = records.learners(c.id());
        for (var l : practising) {
            for (var lesson : everything) {
                sim.practise(l, lesson, 3, 1.0);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        var report = new org.madang.practice.progress.ClassReport(records, c);
        var all = report.attempts().stream().filter(a -> a.purpose() == org.madang.core.practice.Purpose.PRACTICE
                && a.startedAt().isAfter(java.time.LocalDateTime.of(2026, 12, 7, 0, 0))).toList();
        out.printf("%nLearner simulation: %d learners x %d lessons x 3 attempts = %d attempts kept in %.1f s%n", practising.size(),
                everything.size(), all.size(), seconds);
        out.printf("%-22s %10s %14s %8s %10s%n", "attempt (level)", "avg time", "wrong touches", "hints", "goal met");
        for (String level : java.util.List.of("GUIDED", "HINT", "ON_MY_OWN")) {
            var these = all.stream().filter(a -> a.level().equals(level)).toList();
            out.printf("%-22s %9.1fs %14.2f %8.2f %9.0f%%%n", (level.equals("GUIDED") ? "1st" : level.equals("HINT") ? "2nd" : "3rd") + " (" + level + ")",
                    these.stream().mapToLong(a -> a.took().toMillis()).average().orElse(0) / 1000,
                    these.stream().mapToInt(org.madang.core.practice.AttemptRecord::wrongTouches).average().orElse(0),
                    these.stream().mapToInt(org.madang.core.practice.AttemptRecord::hints).average().orElse(0),
                    100.0 * these.stream().filter(org.madang.core.practice.AttemptRecord::goalMet).count() / Math.max(1, these.size()));
        }
        out.println("The class at a glance (as the instructor's window shows it):");
        for (var s : report.learners()) {
            out.printf("  %-6s attempts %3d, done on own %2d/%d, skill check %s -> %s (%s)%n", s.learner().nickname(), s.attempts(),
                    s.doneOnOwn().size(), s.courseSize(), s.before().map(b -> b.time().toSeconds() + " s").orElse("-"),
                    s.after().map(b -> b.time().toSeconds() + " s").orElse("-"), s.timeChangePercent().map(p -> p + "%").orElse("-"));
        }
        out.flush();
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
            learners(sandbox.records());
        } finally {
            Sites.deleteTree(root);
        }
    }
}
