package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.demo.DemoScale;
import org.madang.core.site.SiteDirectory;
import org.madang.hardware.testing.Poll;

/**
 * The kiosk PC's session (tools/kiosk-session.sh) on the test's display: a kiosk killed (a crash,
 * SIGKILL) is started again, and so is a kiosk whose screen froze, ended by its own watchdog with
 * status 75. Each kiosk says when its first frame is painted (the start-up probe).
 */
class KioskSessionTest {
    private Path root;
    private Process session;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void site() throws IOException {
        root = Files.createTempDirectory("madang-session-");
        DemoSite.writeSiteFile(new SiteDirectory(root));
        try (SiteRuntime site = SiteRuntime.open(root, List.of(), Map.of())) {
            DemoSite.seed(site, DemoScale.SMALL, DemoSite.SEED);
        }
    }

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (session != null) {
            session.descendants().forEach(ProcessHandle::destroyForcibly);
            session.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Sites.deleteTree(root);
    }

    private void startSession(String... kioskArgs) throws IOException {
        String madang = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + StartupProbe.PROPERTY + "=stay", "-cp", System.getProperty("java.class.path"), Main.class.getName());
        List<String> command = new ArrayList<>(List.of("sh", Path.of("..", "tools", "kiosk", "kiosk-session.sh").toAbsolutePath().normalize().toString()));
        command.addAll(List.of(kioskArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("MADANG", madang);
        pb.environment().put("MADANG_SITE", root.toString());
        session = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(lost: " + e.getMessage() + ")");
            }
        }, "session-lines");
        reader.setDaemon(true);
        reader.start();
    }

    private long count(Predicate<String> which) {
        synchronized (lines) {
            return lines.stream().filter(which).count();
        }
    }

    /** Kiosk starts take seconds each under a loaded test machine: up to 90 s for the first frames. */
    private void waitForPainted(long times) {
        Poll.until(() -> count(StartupProbe.PAINTED::equals) >= times, java.time.Duration.ofSeconds(90),
                () -> "kiosk start " + times + " to be painted; the session said: " + lines);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aKilledKioskIsStartedAgain() throws Exception {
        startSession("--windowed");
        waitForPainted(1);
        ProcessHandle kiosk = session.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow();
        kiosk.destroyForcibly();
        waitForPainted(2);
        assertThat(count(l -> l.contains("ended with status 137"))).isEqualTo(1);
        assertThat(session.isAlive()).isTrue();
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aFrozenScreenIsEndedByTheWatchdogAndStartedAgain() throws Exception {
        startSession("--windowed", "--watchdog", "3", "--freeze-screen-after", "1");
        waitForPainted(2);
        assertThat(count(l -> l.contains("the screen stopped answering for 3 s"))).isPositive();
        assertThat(count(l -> l.contains("ended with status " + EdtWatchdog.HUNG))).isPositive();
    }
}
