package org.madang.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.madang.core.demo.DemoScale;
import org.madang.counter.CounterApp;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang counter}: the clerk's integrated counter window. */
@Command(name = "counter", mixinStandardHelpOptions = true, description = "Run the clerk's counter window.")
final class CounterCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Use the demo site under your home folder, creating and seeding it on first start.")
    boolean demo;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of the counter (default: the site's first).")
    String lang;


    @Override
    public Integer call() throws Exception {
        Path root = site(demo, DemoScale.COUNTY);
        Sites.requireDisplay("madang counter");
        try (SiteRuntime site = SiteRuntime.openAs(root, org.madang.config.TerminalRole.COUNTER, options.sets, System.getenv()); UiExecutor tasks = new UiExecutor();
             Housekeeping chores = Housekeeping.of(site).start()) {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            Messages words = Messages.forLanguage(Languages.choose(lang, font.config()));
            if (demo) {
                DemoSite.addMissingStaff(site);
            }
            var services = CounterAssembly.services(site, demo, font.family());
            // the desk's receipt printer opens here, off the EDT: a printer that does not answer must not hold up the window
            services.cashier().printer().open();
            // the desk's QR scanner and ID-card reader look residents up, as the search box does
            org.madang.hardware.qr.QrScanner scanner = DeviceAssembly.qrScanner(site.config.devices().qrScanner(),
                    new org.madang.hardware.sim.SimulatedQrScanner());
            org.madang.hardware.id.IdReader reader = DeviceAssembly.idReader(site.config.devices().idReader(),
                    new org.madang.hardware.sim.SimulatedIdReader(), site.clock);
            scanner.open();
            reader.open();
            CountDownLatch closed = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<CounterApp> shown = new java.util.concurrent.atomic.AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                // the theme first, then the panels, all on the EDT
                Theme.installDesk(font.family());
                CounterApp app = new CounterApp(services, tasks, words);
                shown.set(app);
                scanner.addListener(text -> SwingUtilities.invokeLater(() -> app.search(text)));
                reader.addListener(new org.madang.hardware.id.IdReaderListener() {
                    @Override
                    public void identified(org.madang.hardware.id.Identity identity) {
                        SwingUtilities.invokeLater(() -> app.search(identity.nationalId()));
                    }

                    @Override
                    public void refused(String reason) {
                        SwingUtilities.invokeLater(app::cardUnreadable);
                    }
                });
                JFrame frame = new JFrame(words.get("counter.title") + " · " + font.config().site().name());
                frame.setName("counterWindow");
                frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame.setContentPane(app.root());
                frame.setSize(1280, 800);
                frame.setLocationRelativeTo(null);
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        app.stop();
                        closed.countDown();
                    }
                });
                StartupProbe.watch(frame);
                frame.setVisible(true);
            });
            // the desk beats too: the fleet view shows its devices, and who works where
            java.util.Map<String, org.madang.hardware.device.Device> desk = new java.util.LinkedHashMap<>();
            desk.put("receiptPrinter", services.cashier().printer());
            desk.put("qrScanner", scanner);
            desk.put("idReader", reader);
            CounterApp app = shown.get();
            // on a county: the strip under the top bar says when the county's database does not answer
            site.link.listen(state -> SwingUtilities.invokeLater(() -> app.showCountyLink(state)));
            try (DeskHeartbeat beating = DeskHeartbeat.start(site, org.madang.core.terminal.TerminalKind.COUNTER, desk, app::where,
                    words.language(), app::inUse);
                 AutoCloseable county = CountyWatch.start(site, CountyWatch.EVERY)) {
                closed.await();
            }
            services.cashier().printer().close();
            scanner.close();
            reader.close();
        }
        return 0;
    }
}
