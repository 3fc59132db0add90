package org.madang.app;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.BookingOutcome;
import org.madang.core.booking.BookingRequest;
import org.madang.core.booking.Channel;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.WarmUp;
import org.madang.kiosk.KioskServices;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * {@code madang bench kiosk}: the figures issue 4 asks for, on a fresh county-scale demo site
 * (55 facilities, a year of slots, 165,000 bookings) made in a temporary directory: the month
 * availability of one facility and the day view of all 55 (p50/p95), a booking commit (p95), and
 * the time from a touch to the painted next screen (p95, needs a display). A benchmark, not a test.
 */
final class KioskBench {
    /** How often the bench looks for the next screen; not part of the figure, which ends at the screen's last paint. */
    private static final long POLL_MS = 5;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int samples;

    /** Cold: no warm-up rounds; every operation from the first is timed (a fresh process's first minute). */
    private boolean cold;

    KioskBench(PrintWriter out, PrintWriter err, int samples) {
        this.out = out;
        this.err = err;
        this.samples = samples;
    }

    void run() throws Exception {
        try (BenchSite bench = BenchSite.county(out)) {
            measure(bench.root, false);
        }
        out.flush();
    }

    /**
     * {@code madang bench kiosk --cold}: the county site is seeded here, then fresh processes (started
     * as {@code ./madang} starts Madang, with its class archive when there is one) time the first
     * {@code samples} operations of each kind: one right after the first frame, with nothing warmed up
     * (a resident waiting while the kiosk restarts), one after the kiosk's own warm-up ({@link WarmUp},
     * what it does after its first frame while it stands idle: the first residents of the morning).
     */
    void runCold() throws Exception {
        try (BenchSite bench = BenchSite.county(out)) {
            coldProcess(bench.root, false);
            coldProcess(bench.root, true);
        }
        out.flush();
    }

    private void coldProcess(Path root, boolean afterWarmUp) throws Exception {
        List<String> command = StartupBench.madangCommand(StartupBench.archiveOptions(), "bench", "kiosk", "--cold",
                "--samples", Integer.toString(samples), "--measure-site", root.toString());
        if (afterWarmUp) {
            command.add("--after-warm-up");
        }
        out.println();
        out.println("a fresh process times the first " + samples + " of each, " + (afterWarmUp ? "after the kiosk's warm-up"
                : "right after the first frame (no warm-up)")
                + (command.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")) ? ", with the class archive" : ""));
        out.flush();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines().forEach(out::println);
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the cold kiosk bench process ended with " + child.exitValue());
        }
    }

    /** In this process, on {@code root}: the figures of a fresh process, after the kiosk's warm-up or with nothing warmed up. */
    void measureCold(Path root, boolean afterWarmUp) throws Exception {
        cold = true;
        measure(root, afterWarmUp);
        out.flush();
    }

    /** @param afterWarmUp whether the kiosk's warm-up ({@link WarmUp}) runs first: what the first residents of the morning meet */
    private void measure(Path root, boolean afterWarmUp) throws Exception {
        try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err);
            KioskServices services = KioskAssembly.services(site, font.config(), font.family(), err);
            if (afterWarmUp) {
                long t0 = System.nanoTime();
                // as the kiosk runs it after its first frame, here undisturbed: no resident comes
                int rounds = WarmUp.of(services, () -> true).run();
                out.printf("  warm-up: %d rounds in %.1f s (the kiosk's, after its first frame, while it stands idle)%n", rounds,
                        (System.nanoTime() - t0) / 1e9);
            }
            queries(services);
            commits(services);
            if (GraphicsEnvironment.isHeadless()) {
                out.println("touch to painted: skipped, no display (run under xvfb-run -s \"-screen 0 1920x1920x24\")");
            } else {
                touches(services, font);
            }
        }
    }

    private void queries(KioskServices services) {
        List<Facility> all = services.facilities().all();
        LocalDateTime now = LocalDateTime.now(services.clock());
        LocalDate today = now.toLocalDate();
        long sink = 0;
        long[] month = new long[samples];
        for (int i = cold ? 0 : -samples / 4; i < samples; i++) {
            Facility f = all.get(Math.floorMod(i, all.size()));
            long t0 = System.nanoTime();
            sink += services.facilities().availability(f.id(), today, today.plusDays(30), now).size();
            if (i >= 0) {
                month[i] = System.nanoTime() - t0;
            }
        }
        report("month availability, one facility (" + all.size() + " in turn)", month);
        int days = cold ? samples : Math.max(20, samples / 10);
        long[] dayView = new long[days];
        for (int i = cold ? 0 : -days / 4; i < days; i++) {
            LocalDate day = today.plusDays(1 + Math.floorMod(i, 30));
            long t0 = System.nanoTime();
            for (Facility f : all) {
                sink += services.facilities().slots(f.id(), day, now).size();
            }
            if (i >= 0) {
                dayView[i] = System.nanoTime() - t0;
            }
        }
        report("day view, all " + all.size() + " facilities", dayView);
        if (sink == 42) {
            err.println();
        }
    }

    /** Books free times of ordinary facilities for residents in turn; only the commits that booked are timed. */
    private void commits(KioskServices services) {
        LocalDateTime now = LocalDateTime.now(services.clock());
        BookingCalendar calendar = services.bookings().rules().calendar();
        List<Slot> free = new ArrayList<>();
        for (Facility f : services.facilities().all()) {
            if (f.popular()) {
                continue;
            }
            for (LocalDate day = now.toLocalDate().plusDays(1); !day.isAfter(calendar.lastOpenDay(now)) && free.size() < samples * 4;
                    day = day.plusDays(1)) {
                if (calendar.phase(day, false, now) instanceof BookingCalendar.Phase.Open) {
                    services.facilities().slots(f.id(), day, now).stream().filter(s -> s.free() > 0).forEach(free::add);
                }
            }
        }
        java.util.Collections.shuffle(free, new java.util.Random(DemoSite.SEED));
        long[] booked = new long[samples];
        int n = 0;
        Map<String, Integer> refused = new TreeMap<>();
        long resident = 1;
        for (Slot slot : free) {
            if (n == samples) {
                break;
            }
            long t0 = System.nanoTime();
            BookingOutcome outcome = services.bookings().book(new BookingRequest(slot.id(), resident++, 1, Channel.KIOSK));
            long took = System.nanoTime() - t0;
            if (outcome instanceof BookingOutcome.Booked) {
                booked[n++] = took;
            } else if (outcome instanceof BookingOutcome.Refused r) {
                refused.merge(r.refusal().messageKey(), 1, Integer::sum);
            }
        }
        report("booking commit (book(), rules + transaction)", Arrays.copyOf(booked, n));
        if (!refused.isEmpty()) {
            out.println("  refused on the way (not timed): " + refused);
        }
    }

    /**
     * Clicks through home → categories → facilities → facility → calendar → times → home with the
     * window system's robot, timing each click from the press to the last paint of the next
     * screen with its content (the database read included).
     */
    private void touches(KioskServices services, KioskAssembly.FontChoice font) throws Exception {
        PaintClock paints = new PaintClock();
        AtomicReference<KioskApp> app = new AtomicReference<>();
        AtomicReference<JFrame> frame = new AtomicReference<>();
        try (UiExecutor tasks = new UiExecutor()) {
            SwingUtilities.invokeAndWait(() -> {
                RepaintManager.setCurrentManager(paints);
                var screen = font.config().screen();
                ScreenScale scale = new ScreenScale(screen, font.family());
                KioskApp kiosk = new KioskApp(services, tasks, Theme.installTouch(font.family(), scale), scale,
                        screen.widthPx() > screen.heightPx());
                // no session clock: its once-a-second repaint would blur the last paint of a screen change
                JFrame window = new JFrame("madang bench");
                window.setUndecorated(true);
                window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                window.setContentPane(kiosk.root());
                window.setSize(screen.widthPx(), screen.heightPx());
                window.setLocation(0, 0);
                window.setVisible(true);
                kiosk.wake();
                app.set(kiosk);
                frame.set(window);
            });
            Robot robot;
            try {
                robot = new Robot();
            } catch (AWTException e) {
                out.println("touch to painted: skipped, no robot on this display (" + e.getMessage() + ")");
                return;
            }
            String[][] steps = {
                {"home.booking", "category.sports"}, {"category.sports", "facility."}, {"facility.", "facility.days"},
                {"facility.days", "day."}, {"day.", "slot."}, {"nav.home", "home.booking"}};
            waitFor(app.get(), "home.booking");
            int rounds = cold ? Math.max(1, samples / 6) : Math.max(4, samples / 20);
            long[] touches = new long[rounds * steps.length];
            long[][] perStep = new long[steps.length][rounds];
            int n = 0;
            for (int r = cold ? 0 : -1; r < rounds; r++) {
                for (int s = 0; s < steps.length; s++) {
                    long took = touch(robot, app.get(), paints, steps[s][0], steps[s][1]);
                    if (r >= 0) {
                        touches[n++] = took;
                        perStep[s][r] = took;
                    }
                }
            }
            report("touch to painted screen (" + steps.length + " screen changes x " + rounds + ")", touches);
            for (int s = 0; s < steps.length; s++) {
                report("  " + steps[s][0] + " -> its screen", perStep[s]);
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (frame.get() != null) {
                    frame.get().dispose();
                }
                if (app.get() != null) {
                    app.get().stop();
                }
            });
        }
    }

    private long touch(Robot robot, KioskApp app, PaintClock paints, String press, String next) throws Exception {
        Point at = onEdt(() -> {
            AbstractButton b = button(app.root(), press);
            Point p = b.getLocationOnScreen();
            return new Point(p.x + b.getWidth() / 2, p.y + b.getHeight() / 2);
        });
        robot.mouseMove(at.x, at.y);
        robot.waitForIdle();
        long t0 = System.nanoTime();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor(app, next);
        // whatever repaint the change queued has run once the queue is empty twice over
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> { });
        return paints.last - t0;
    }

    private static void waitFor(KioskApp app, String name) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (onEdt(() -> button(app.root(), name)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the kiosk did not show '" + name + "' within 10 s");
            }
            Thread.sleep(POLL_MS);
        }
    }

    private static <T> T onEdt(java.util.function.Supplier<T> what) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(what.get()));
        return result.get();
    }

    /** The first showing, enabled button whose name starts with {@code prefix}. */
    private static AbstractButton button(Container c, String prefix) {
        for (Component child : c.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof AbstractButton b && b.isEnabled() && b.getName() != null && b.getName().startsWith(prefix)) {
                return b;
            }
            if (child instanceof Container inner) {
                AbstractButton found = button(inner, prefix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void report(String what, long[] nanos) {
        report(out, what, nanos);
    }

    /** One line of p50/p95/max in milliseconds. */
    static void report(PrintWriter out, String what, long[] nanos) {
        if (nanos.length == 0) {
            out.printf("%-52s no samples%n", what);
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf("%-52s n=%5d  p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms%n", what, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted[sorted.length - 1] / 1e6);
        out.flush();
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Swing's repaint manager, noting when it last put dirty regions on the screen. */
    static final class PaintClock extends RepaintManager {
        volatile long last;

        @Override
        public void paintDirtyRegions() {
            super.paintDirtyRegions();
            last = System.nanoTime();
        }
    }
}
