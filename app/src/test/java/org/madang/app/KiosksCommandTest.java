package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.site.Terminal;
import org.madang.core.terminal.Beat;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.hardware.device.DeviceCondition;

/** {@code madang kiosks}: the fleet view for scripts, the same terminals and alerts the counter shows. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KiosksCommandTest {

    @Test
    void theFleetIsPrintedAsATableAndAsJsonWithWhatNeedsAPerson(@TempDir Path site) throws Exception {
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        MadangRun none = MadangRun.of("kiosks", "--site", site.toString());
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("No terminal has been heard from");

        try (SiteRuntime runtime = SiteRuntime.open(site, List.of("terminal.id=kiosk-7"), Map.of())) {
            runtime.fleet(runtime.events()).beat(new Beat(TerminalKind.KIOSK, "booking.days", "ko", SessionState.IN_USE,
                    Map.of("receiptPrinter", DeviceCondition.PAPER_OUT), List.of("home.booking"), "0.1.0", 4_000, Optional.empty(),
                    Instant.now(Clock.systemDefaultZone())));
        }
        MadangRun table = MadangRun.of("kiosks", "--site", site.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("kiosk-7", "in-use", "booking.days", "receiptPrinter=paper_out", "home.booking",
                "1 need a person:", "kiosk-7: receiptPrinter paper out");

        MadangRun json = MadangRun.of("kiosks", "--site", site.toString(), "--json", "--check");
        assertThat(json.code()).as("--check: something needs a person").isEqualTo(1);
        JsonNode all = new ObjectMapper().readTree(json.out());
        JsonNode kiosk = all.get("terminals").get(0);
        assertThat(kiosk.get("terminal").asText()).isEqualTo("kiosk-7");
        assertThat(kiosk.get("devices").get("receiptPrinter").asText()).isEqualTo("PAPER_OUT");
        assertThat(kiosk.get("paused").get(0).asText()).isEqualTo("home.booking");
        assertThat(kiosk.get("silent").asBoolean()).isFalse();
        assertThat(all.get("alerts").get(0).get("kind").asText()).isEqualTo("DEVICE");
        assertThat(all.get("alerts").get(0).get("condition").asText()).isEqualTo("PAPER_OUT");
    }
}
