package org.madang.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.madang.core.demo.DemoScale;
import org.madang.core.site.SiteDirectory;

/**
 * {@code madang bench startup}: how long a newcomer waits. Each figure is a fresh process, timed
 * from its start (as the shell would start it) to the line it prints when its first frame is
 * painted ({@link StartupProbe}), for the kiosk also to its first touch accepted (a real click on
 * the idle screen that brings up the home screen, painted), and for command-line commands to
 * their exit. Beside them, in the same run, the floor: the plainest Swing window and
 * {@code java -version}. Runs are interleaved, so a machine that slows down slows all alike.
 * The kiosk is also started after an unclean stop (its predecessor killed with SIGKILL while
 * it held the site's database). A benchmark, not a test; it needs a display.
 */
final class StartupBench {
    private static final long TIMEOUT_SECONDS = 180;
    private final PrintWriter out;
    private final int runs;
    private final boolean json;
    private final List<String> javaOptions;

    /**
     * @param javaOptions extra JVM options for every Madang process, none for the floor; when none are
     *                    given, the class archive {@code ./madang} uses (madang.jsa beside the jar, newer than it)
     *                    unless {@code MADANG_CLASS_ARCHIVE=off}: the starts are timed as {@code ./madang} starts
     */
    StartupBench(PrintWriter out, int runs, boolean json, List<String> javaOptions) {
        this.out = out;
        this.runs = runs;
        this.json = json;
        this.javaOptions = javaOptions.isEmpty() ? archiveOptions() : List.copyOf(javaOptions);
    }

    /** The options {@code ./madang} starts Madang with: its class archive, when there is a fresh one. */
    static List<String> archiveOptions() {
        String classPath = System.getProperty("java.class.path");
        if ("off".equals(System.getenv("MADANG_CLASS_ARCHIVE")) || !classPath.endsWith(".jar")
                || classPath.contains(java.io.File.pathSeparator)) {
            return List.of();
        }
        Path jar = Path.of(classPath);
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", ".jsa"));
        try {
            if (Files.size(archive) > 0 && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
        } catch (IOException e) {
            // no archive: plain starts
        }
        return List.of();
    }

    /** What one start took, in milliseconds: to the first frame, to the first touch, to the exit (absent: -1). */
    record Start(double painted, double touched, double exited) {
    }

    int run() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            throw new UsageException("bench startup: needs a display (run it under xvfb-run, or on the kiosk's screen)");
        }
        Path root = Files.createTempDirectory("madang-startup-");
        try {
            SiteDirectory dir = new SiteDirectory(root);
            DemoSite.writeSiteFile(dir);
            String document;
            try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
                DemoSite.seed(site, DemoScale.SMALL, DemoSite.SEED);
                document = site.database.jdbi().withHandle(h -> h.createQuery("SELECT MIN(number) FROM document_issue")
                        .mapTo(String.class).findOne()).orElse("0000000000000000");
            }
            String siteArg = root.toString();
            Map<String, List<Start>> figures = new LinkedHashMap<>();
            for (int r = 0; r < runs; r++) {
                add(figures, "floor.swing", start(floor(), true, false));
                add(figures, "floor.javaVersion", start(List.of(java(), "-version"), false, false));
                add(figures, "kiosk", start(madang(true, "kiosk", "--site", siteArg, "--windowed"), true, true));
                add(figures, "counter", start(madang(true, "counter", "--site", siteArg), true, false));
                add(figures, "display", start(madang(true, "display", "--site", siteArg, "--windowed"), true, false));
                add(figures, "help", start(madang(false, "--help"), false, false));
                add(figures, "verify", start(madang(false, "verify", "--site", siteArg, document), false, false));
                add(figures, "kioskAfterKill", afterKill(siteArg));
                if (!json) {
                    out.printf("run %d of %d done%n", r + 1, runs);
                    out.flush();
                }
            }
            report(figures);
            return 0;
        } finally {
            Sites.deleteTree(root);
        }
    }

    private static void add(Map<String, List<Start>> figures, String what, Start start) {
        figures.computeIfAbsent(what, k -> new ArrayList<>()).add(start);
    }

    /** The kiosk started again after its predecessor was killed while it held the database. */
    private Start afterKill(String site) throws Exception {
        Process victim = new ProcessBuilder(madang(true, "kiosk", "--site", site, "--windowed").stream()
                .map(a -> a.equals("-D" + StartupProbe.PROPERTY + "=exit") ? "-D" + StartupProbe.PROPERTY + "=stay" : a).toList())
                .redirectErrorStream(true).start();
        Lines lines = new Lines(victim);
        if (!lines.painted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            victim.destroyForcibly().waitFor();
            throw new IllegalStateException("the kiosk to be killed never painted: " + lines.tail());
        }
        victim.destroyForcibly();
        victim.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return start(madang(true, "kiosk", "--site", site, "--windowed"), true, true);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> floor() {
        return List.of(java(), "-cp", System.getProperty("java.class.path"), BareWindow.class.getName());
    }

    /** A Madang process as this bench starts it: its JVM options, and the probe when {@code probe}. */
    private List<String> madang(boolean probe, String... args) {
        List<String> options = new ArrayList<>(javaOptions);
        if (probe) {
            options.add("-D" + StartupProbe.PROPERTY + "=exit");
        }
        return madangCommand(options, args);
    }

    /** A Madang process as {@code ./madang} starts it: this JVM, the same class path (so the same class archive applies). */
    static List<String> madangCommand(List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private Start start(List<String> command, boolean paints, boolean touches) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Lines lines = new Lines(p);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("still running after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command) + "\n" + lines.tail());
        }
        double exited = (System.nanoTime() - t0) / 1e6;
        lines.reader.join(TimeUnit.SECONDS.toMillis(10));
        Long painted = lines.at.get(StartupProbe.PAINTED);
        Long touched = lines.at.get(StartupProbe.TOUCHED);
        if (paints && painted == null || touches && touched == null) {
            throw new IllegalStateException("no first frame" + (touches ? " or touch" : "") + " from " + String.join(" ", command)
                    + " (exit " + p.exitValue() + ")\n" + lines.tail());
        }
        return new Start(painted == null ? -1 : (painted - t0) / 1e6, touched == null ? -1 : (touched - t0) / 1e6, exited);
    }

    /** A process's output, with the moment each probe line arrived. */
    private static final class Lines {
        final Map<String, Long> at = new ConcurrentHashMap<>();
        final CountDownLatch painted = new CountDownLatch(1);
        final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
        final Thread reader;

        Lines(Process p) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        long now = System.nanoTime();
                        all.add(line);
                        if (line.startsWith("MADANG-STARTUP")) {
                            at.putIfAbsent(line, now);
                            if (line.equals(StartupProbe.PAINTED)) {
                                painted.countDown();
                            }
                        }
                    }
                } catch (IOException e) {
                    all.add("(output lost: " + e.getMessage() + ")");
                }
            }, "startup-lines");
            reader.setDaemon(true);
            reader.start();
        }

        String tail() {
            synchronized (all) {
                return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
            }
        }
    }

    private void report(Map<String, List<Start>> figures) {
        double swing = median(figures.get("floor.swing"), Start::painted);
        double version = median(figures.get("floor.javaVersion"), Start::exited);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("runs", runs);
        f.put("javaOptions", javaOptions);
        f.put("floorSwingMs", round(swing));
        f.put("floorJavaVersionMs", round(version));
        for (String k : List.of("kiosk", "kioskAfterKill", "counter", "display")) {
            f.put(k + "FirstFrameMs", round(median(figures.get(k), Start::painted)));
            f.put(k + "FirstFrameX", round(median(figures.get(k), Start::painted) / swing));
        }
        for (String k : List.of("kiosk", "kioskAfterKill")) {
            f.put(k + "FirstTouchMs", round(median(figures.get(k), Start::touched)));
        }
        for (String k : List.of("help", "verify")) {
            f.put(k + "Ms", round(median(figures.get(k), Start::exited)));
            f.put(k + "X", round(median(figures.get(k), Start::exited) / version));
        }
        if (json) {
            out.println(HarnessSite.json(f));
            out.flush();
            return;
        }
        out.printf("Cold starts on a small demo site, median of %d (min–max), ms from process start%s%n", runs,
                javaOptions.isEmpty() ? "" : ", Madang with " + String.join(" ", javaOptions));
        row("floor: bare Swing window, first frame", figures.get("floor.swing"), Start::painted, swing);
        row("floor: java -version, exit", figures.get("floor.javaVersion"), Start::exited, version);
        row("kiosk, first frame", figures.get("kiosk"), Start::painted, swing);
        row("kiosk, first touch accepted", figures.get("kiosk"), Start::touched, swing);
        row("kiosk after SIGKILL, first frame", figures.get("kioskAfterKill"), Start::painted, swing);
        row("kiosk after SIGKILL, first touch", figures.get("kioskAfterKill"), Start::touched, swing);
        row("counter, first frame", figures.get("counter"), Start::painted, swing);
        row("display board, first frame", figures.get("display"), Start::painted, swing);
        row("madang --help, exit", figures.get("help"), Start::exited, version);
        row("madang verify, exit", figures.get("verify"), Start::exited, version);
        out.println("(× = against the floor beside it: Swing window for windows, java -version for commands)");
        out.flush();
    }

    private void row(String what, List<Start> starts, java.util.function.ToDoubleFunction<Start> of, double floor) {
        double[] v = starts.stream().mapToDouble(of).sorted().toArray();
        double median = median(starts, of);
        out.printf("%-40s %8.0f  (%6.0f – %6.0f)  %5.1f×%n", what, median, v[0], v[v.length - 1], median / floor);
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> of) {
        double[] v = starts.stream().mapToDouble(of).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
