package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code madang bench kiosk --cold}'s measuring process, as its parent starts it (a fresh JVM on a
 * seeded site), once with the kiosk's warm-up first: every figure is there, the warm-up did rounds,
 * and without a display the touches say they were skipped and why. Figures are not judged here.
 */
class KioskColdBenchTest {

    @TempDir
    Path tmp;

    private String measure(Path site, boolean afterWarmUp) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench", "kiosk", "--cold", "--samples", "3",
                "--measure-site", site.toString()));
        if (afterWarmUp) {
            command.add("--after-warm-up");
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // no display: the fresh process measures the database's paths only, and says the touches were skipped
        pb.environment().remove("DISPLAY");
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aFreshProcessReportsEveryFigureWithAndWithoutTheKiosksWarmUp() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(MadangRun.of("demo-data", "--site", site.toString(), "--scale", "small").code()).isZero();
        String cold = measure(site, false);
        String warmed = measure(site, true);
        for (String out : List.of(cold, warmed)) {
            assertThat(out).contains("month availability, one facility", "day view, all", "booking commit", "n=    3",
                    "touch to painted: skipped, no display");
        }
        assertThat(cold).doesNotContain("warm-up:");
        String rounds = warmed.lines().filter(l -> l.contains("warm-up:")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(rounds.replaceAll(".*warm-up: (\\d+) rounds.*", "$1"))).isPositive();
    }
}
