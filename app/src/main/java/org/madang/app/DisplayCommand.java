package org.madang.app;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.madang.config.TerminalRole;
import org.madang.core.demo.DemoScale;
import org.madang.counter.board.Board;
import org.madang.ui.Messages;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;
import org.madang.hardware.voice.Voice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madang display}: the queue display board on a wall screen (terminal role DISPLAY); it needs no clerk. */
@Command(name = "display", mixinStandardHelpOptions = true, description = {"Run the queue display board (called numbers, desks, "
        + "waiting counts, notices when idle; each call spoken through devices.voice in display.speak's languages)."})
final class DisplayCommand extends SiteCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Use the demo site under your home folder, creating and seeding it on first start.")
    boolean demo;

    @Option(names = "--windowed", description = "An ordinary window at the configured screen size, for development.")
    boolean windowed;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of the board's words (default: the site's first).")
    String lang;

    @Override
    public Integer call() throws Exception {
        Path root = site(demo, DemoScale.COUNTY);
        Sites.requireDisplay("madang display");
        try (SiteRuntime site = SiteRuntime.openAs(root, TerminalRole.DISPLAY, options.sets, System.getenv());
             UiExecutor tasks = new UiExecutor()) {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            Messages words = Messages.forLanguage(Languages.choose(lang, font.config()));
            Voice voice = DeviceAssembly.voice(site.config.devices().voice());
            voice.open();
            boolean fullscreen = site.config.ui().fullscreen() && !windowed;
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration().getBounds();
            int width = fullscreen ? screen.width : site.config.screen().widthPx();
            int height = fullscreen ? screen.height : site.config.screen().heightPx();
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                Theme.installDesk(font.family());
                Board board = new Board(DisplayAssembly.services(site, voice), tasks, words, site.config.site().name(), width, height);
                JFrame frame = new JFrame(words.get("board.title") + " · " + site.config.site().name());
                frame.setName("displayWindow");
                frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame.setUndecorated(fullscreen);
                frame.setContentPane(board.root());
                frame.setSize(width, height);
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        board.stop();
                        closed.countDown();
                    }
                });
                StartupProbe.watch(frame);
                frame.setVisible(true);
                board.start();
            });
            // the board beats too: the fleet view misses a board that falls silent
            // the county's link: with the centre's cache, the board shows the desks' calls from it through an outage
            try (DeskHeartbeat beating = DeskHeartbeat.start(site, org.madang.core.terminal.TerminalKind.DISPLAY,
                    java.util.Map.of("voice", voice), () -> "board", words.language(), () -> false);
                 AutoCloseable county = CountyWatch.start(site, CountyWatch.EVERY)) {
                closed.await();
            }
            voice.close();
        }
        return 0;
    }
}
