package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.core.terminal.TerminalStatus;
import org.madang.hardware.device.DeviceCondition;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.hardware.testing.Poll;

/** A wall display's (or a counter's) heartbeat: it appears in the fleet with its device, and closing says so. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DeskHeartbeatTest {

    @Test
    void aBoardBeatsWithItsVoiceAndSaysWhenItCloses(@TempDir Path site) {
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        SimulatedVoice voice = new SimulatedVoice();
        voice.open();
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of("terminal.id=display-9"), Map.of())) {
            DeskHeartbeat beating = DeskHeartbeat.start(runtime, TerminalKind.DISPLAY, Map.of("voice", voice), () -> "board", "ko", () -> false);
            Poll.until(() -> runtime.fleet(runtime.events()).terminal("display-9").isPresent(), "the first beat");
            TerminalStatus board = runtime.fleet(runtime.events()).terminal("display-9").orElseThrow();
            assertThat(board.kind()).isEqualTo(TerminalKind.DISPLAY);
            assertThat(board.screen()).isEqualTo("board");
            assertThat(board.session()).isEqualTo(SessionState.IDLE);
            assertThat(board.devices()).containsEntry("voice", DeviceCondition.READY);
            beating.close();
            assertThat(runtime.fleet(runtime.events()).terminal("display-9").orElseThrow().session()).isEqualTo(SessionState.OFF);
            int stopped = runtime.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event_log WHERE type = 'TerminalStopped' "
                    + "AND terminal_id = 'display-9'").mapTo(Integer.class).one());
            assertThat(stopped).isEqualTo(1);
        } finally {
            voice.close();
        }
    }
}
