package org.madang.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;
import org.madang.core.queue.TicketOutcome;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.counter.CounterApp;
import org.madang.counter.CounterServices;
import org.madang.counter.board.Board;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/**
 * {@code madang bench counter}: the figures issue 15 asks for, on a fresh county-scale demo site
 * (30,000 residents) in a temporary directory: the global search (the query, and with a display
 * from Enter in the search box to the results painted), a call-next commit, and the display
 * board from a call's event to the number painted. A benchmark, not a test.
 */
final class CounterBench {
    private static final long POLL_MS = 2;
    /** The kinds of query, in the order {@link #queries} makes them. */
    private static final String[] KINDS = {"name's first two letters", "name and birth year", "whole phone number",
        "phone's last four digits", "booking number"};
    private final PrintWriter out;
    private final PrintWriter err;
    private final int samples;

    CounterBench(PrintWriter out, PrintWriter err, int samples) {
        this.out = out;
        this.err = err;
        this.samples = samples;
    }

    void run() throws Exception {
        try (BenchSite bench = BenchSite.county(out)) {
            Path root = bench.root;
            try (SiteRuntime site = SiteRuntime.openAs(root, org.madang.config.TerminalRole.COUNTER, List.of(), Map.of())) {
                KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err);
                CounterServices services = CounterAssembly.services(site, false, font.family());
                List<String> queries = queries(site);
                searches(services, queries);
                callNext(services);
                if (GraphicsEnvironment.isHeadless()) {
                    out.println("painted figures: skipped, no display (run under xvfb-run -s \"-screen 0 1920x1920x24\")");
                } else {
                    KioskBench.PaintClock paints = new KioskBench.PaintClock();
                    SwingUtilities.invokeAndWait(() -> {
                        RepaintManager.setCurrentManager(paints);
                        Theme.installDesk(font.family());
                    });
                    searchPainted(services, queries, paints);
                    boardPainted(site, paints);
                }
                services.follower().close();
            }
        }
        out.flush();
    }

    /** What clerks type: the start of a name, a name and birth year, a whole phone number, its last four digits, a booking number. */
    private List<String> queries(SiteRuntime site) {
        Random random = new Random(DemoSite.SEED);
        List<String> out = new ArrayList<>();
        var jdbi = site.database.jdbi();
        int residents = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM resident").mapTo(Integer.class).one());
        long bookings = jdbi.withHandle(h -> h.createQuery("SELECT MAX(id) FROM booking").mapTo(Long.class).one());
        while (out.size() < samples) {
            long id = 1 + random.nextInt(residents);
            var row = jdbi.withHandle(h -> h.createQuery("SELECT name, birth_date, phone FROM resident WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getObject(2, java.time.LocalDate.class).toString(), rs.getString(3)})
                    .one());
            switch (out.size() % 5) {
                case 0 -> out.add(row[0].substring(0, Math.min(2, row[0].length())));
                case 1 -> out.add(row[0] + " " + row[1].substring(0, 4));
                case 2 -> out.add(row[2]);
                case 3 -> out.add(row[2].substring(row[2].length() - 4));
                default -> out.add(org.madang.core.booking.BookingNumber.of(1 + random.nextInt((int) bookings)));
            }
        }
        return out;
    }

    private void searches(CounterServices services, List<String> queries) {
        ResidentSearch search = services.people().search();
        long[] took = new long[queries.size()];
        long[][] byKind = new long[KINDS.length][queries.size() / KINDS.length];
        long sink = 0;
        for (int i = -queries.size() / 4; i < queries.size(); i++) {
            String q = queries.get(Math.floorMod(i, queries.size()));
            long t0 = System.nanoTime();
            ResidentSearch.Answer answer = search.find(q, 50);
            if (i >= 0) {
                took[i] = System.nanoTime() - t0;
                if (i / KINDS.length < byKind[i % KINDS.length].length) {
                    byKind[i % KINDS.length][i / KINDS.length] = took[i];
                }
            }
            sink += answer instanceof ResidentSearch.Answer.Found f ? f.hits().size() : 0;
        }
        KioskBench.report(out, "global search query (the five kinds in turn)", took);
        for (int k = 0; k < KINDS.length; k++) {
            KioskBench.report(out, "  " + KINDS[k], byKind[k]);
        }
        if (sink == 42) {
            err.println();
        }
    }

    /** Calls the next ticket at one desk, again and again, from a full morning of tickets; the finish between calls is not timed. */
    private void callNext(CounterServices services) {
        List<QueueLine> lines = services.queue().tickets().lines();
        for (int i = 0; i < samples + samples / 4; i++) {
            services.queue().tickets().take(lines.get(i % lines.size()).id(), i % 9 == 0 ? org.madang.core.queue.PriorityReason.SENIOR : null);
        }
        CounterQueue.Desk desk = new CounterQueue.Desk("counter-bench", 9, lines.stream().map(QueueLine::id).toList());
        long[] took = new long[samples];
        for (int i = -samples / 4; i < samples; i++) {
            long t0 = System.nanoTime();
            CallOutcome outcome = services.queue().counters().callNext(desk, DemoSeeder.DEMO_CLERK_LOGIN);
            long t = System.nanoTime() - t0;
            if (!(outcome instanceof CallOutcome.Called called)) {
                throw new IllegalStateException("the bench ran out of tickets: " + outcome);
            }
            if (i >= 0) {
                took[i] = t;
            }
            services.queue().counters().finish(called.ticket().id(), TicketOutcome.SERVED, desk, DemoSeeder.DEMO_CLERK_LOGIN);
        }
        KioskBench.report(out, "call-next commit (priority rule, guarded update, event)", took);
    }

    /** From Enter in the top bar's search box to the results painted in the Residents workspace. */
    private void searchPainted(CounterServices services, List<String> queries, KioskBench.PaintClock paints) throws Exception {
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<CounterApp> app = new AtomicReference<>();
        try (UiExecutor tasks = new UiExecutor()) {
            SwingUtilities.invokeAndWait(() -> {
                CounterApp counter = new CounterApp(services, tasks, Messages.forLanguage("ko"));
                JFrame window = new JFrame("madang bench counter");
                window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                window.setContentPane(counter.root());
                window.setSize(CounterApp.MIN_WIDTH, CounterApp.MIN_HEIGHT);
                window.setLocation(0, 0);
                window.setVisible(true);
                counter.signedIn(((org.madang.core.clerk.SignIn.SignedIn) services.clerks().signIn(DemoSeeder.DEMO_CLERK_LOGIN,
                        DemoSeeder.DEMO_CLERK_PASSWORD.toCharArray())).clerk());
                app.set(counter);
                frame.set(window);
            });
            JTextField field = find(app.get().root(), "search.field", JTextField.class);
            JTable hits = find(app.get().root(), "residents.hits", JTable.class);
            int rounds = Math.max(20, samples / 5);
            long[] took = new long[rounds];
            int n = 0;
            for (int i = -rounds / 4; i < rounds; i++) {
                String q = queries.get(Math.floorMod(i, queries.size()));
                // an empty search clears the list, so the next answer is seen arriving
                SwingUtilities.invokeAndWait(() -> {
                    field.setText("");
                    field.postActionEvent();
                });
                waitUntil(() -> onEdt(() -> hits.getRowCount() == 0), "the list cleared");
                AtomicReference<Long> start = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> {
                    field.setText(q);
                    start.set(System.nanoTime());
                    field.postActionEvent();
                });
                if (!waitUntil(() -> onEdt(() -> hits.getRowCount() > 0), null)) {
                    continue;
                }
                SwingUtilities.invokeAndWait(() -> { });
                SwingUtilities.invokeAndWait(() -> { });
                if (i >= 0 && n < rounds) {
                    took[n++] = paints.last - start.get();
                }
            }
            KioskBench.report(out, "global search, Enter to results painted", Arrays.copyOf(took, n));
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (frame.get() != null) {
                    frame.get().dispose();
                }
                if (app.get() != null) {
                    app.get().signOut();
                }
            });
        }
    }

    /** A desk calls; the board, following the event log as a wall screen does, paints the number: from the commit to the paint. */
    private void boardPainted(SiteRuntime site, KioskBench.PaintClock paints) throws Exception {
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<Board> board = new AtomicReference<>();
        CounterQueue counters = site.counterQueue(site.events());
        var tickets = site.queue(site.events());
        List<Long> lines = tickets.lines().stream().map(QueueLine::id).toList();
        int rounds = Math.max(20, samples / 10);
        for (int i = 0; i < rounds + rounds / 4 + 1; i++) {
            tickets.take(lines.get(i % lines.size()), null);
        }
        try (UiExecutor tasks = new UiExecutor()) {
            SwingUtilities.invokeAndWait(() -> {
                Board b = new Board(DisplayAssembly.services(site, new SimulatedVoice()), tasks, Messages.forLanguage("ko"),
                        site.config.site().name(), 1920, 1080);
                JFrame window = new JFrame("madang bench board");
                window.setUndecorated(true);
                window.setContentPane(b.root());
                window.setSize(1920, 1080);
                window.setVisible(true);
                b.start();
                board.set(b);
                frame.set(window);
            });
            JLabel number = find(board.get().root(), "board.number", JLabel.class);
            CounterQueue.Desk desk = new CounterQueue.Desk("counter-bench-2", 2, lines);
            long[] took = new long[rounds];
            int n = 0;
            for (int i = -rounds / 4; i < rounds; i++) {
                CallOutcome outcome = counters.callNext(desk, DemoSeeder.DEMO_CLERK_LOGIN);
                long t0 = System.nanoTime();
                Ticket called = ((CallOutcome.Called) outcome).ticket();
                waitUntil(() -> onEdt(() -> number.isShowing() && called.label().equals(number.getText())), "the board to show " + called.label());
                SwingUtilities.invokeAndWait(() -> { });
                SwingUtilities.invokeAndWait(() -> { });
                if (i >= 0) {
                    took[n++] = paints.last - t0;
                }
                counters.finish(called.id(), TicketOutcome.SERVED, desk, DemoSeeder.DEMO_CLERK_LOGIN);
            }
            KioskBench.report(out, "board: call committed to number painted (follower " + DisplayAssembly.FOLLOW_INTERVAL.toMillis()
                    + " ms)", Arrays.copyOf(took, n));
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                if (frame.get() != null) {
                    frame.get().dispose();
                }
                if (board.get() != null) {
                    board.get().stop();
                }
            });
        }
    }

    /** Polls until {@code done}; false after 10 s (with a message, it is an error then). */
    private static boolean waitUntil(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                if (what != null) {
                    throw new IllegalStateException("gave up waiting for " + what);
                }
                return false;
            }
            Thread.sleep(POLL_MS);
        }
        return true;
    }

    private static boolean onEdt(BooleanSupplier what) {
        AtomicReference<Boolean> result = new AtomicReference<>(false);
        try {
            SwingUtilities.invokeAndWait(() -> result.set(what.getAsBoolean()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return result.get();
    }

    /** The first component inside {@code c} with this name and type; null when there is none. */
    static <T extends Component> T find(Container c, String name, Class<T> type) {
        for (Component child : c.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = find(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
