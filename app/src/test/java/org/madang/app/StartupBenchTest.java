package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code madang bench startup} once round: real processes on the test's display report their
 * first frame (kiosk, counter, board, a bare Swing window) and the kiosk its first touch (a real
 * click through the display server), also after a kiosk killed while holding the database; the
 * command-line starts run to their exit. The figures are not judged here (tests never time), only
 * that every start got that far, in order.
 */
class StartupBenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyStartReportsItsFirstFrameAndTheKioskItsFirstTouch() throws Exception {
        MadangRun run = MadangRun.of("bench", "startup", "--rounds", "1", "--json");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode figures = JSON.readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        for (String key : List.of("floorSwingMs", "floorJavaVersionMs", "kioskFirstFrameMs", "kioskFirstTouchMs", "kioskAfterKillFirstFrameMs",
                "kioskAfterKillFirstTouchMs", "counterFirstFrameMs", "displayFirstFrameMs", "helpMs", "verifyMs")) {
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(figures.get("kioskFirstTouchMs").asDouble()).isGreaterThan(figures.get("kioskFirstFrameMs").asDouble());
        assertThat(figures.get("kioskAfterKillFirstTouchMs").asDouble()).isGreaterThan(figures.get("kioskAfterKillFirstFrameMs").asDouble());
    }
}
