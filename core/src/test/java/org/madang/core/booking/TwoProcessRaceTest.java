package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;

/** Two JVMs, one site database, one seat left: exactly one booking, and a plain "just taken" for the other. */
class TwoProcessRaceTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void exactlyOneOfTwoTerminalsGetsTheLastSeat() throws Exception {
        Path root = TestSite.tempRoot();
        long slotId;
        try (TestSite site = TestSite.seeded(root)) {
            Facility court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
            LocalDateTime now = LocalDateTime.now(site.clock);
            Slot slot = site.facilities().slots(court.id(), now.toLocalDate().plusDays(3), now).stream()
                    .filter(s -> !s.isFull()).findFirst().orElseThrow();
            assertThat(slot.free()).isEqualTo(1);
            slotId = slot.id();
        }
        Path go = root.resolve("go");
        Path stop = root.resolve("stop");
        String instant = TestSite.NOW.atZone(TestSite.ZONE).toInstant().toString();
        List<Process> terminals = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // the child opens the same site: on PostgreSQL, through this test's server
            command.addAll(org.madang.core.testing.TestEngines.childJvmOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), RaceBooker.class.getName(),
                    root.toString(), "kiosk-" + i, Long.toString(slotId), Integer.toString(i), go.toString(), stop.toString(), instant));
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            terminals.add(p);
            outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader out : outputs) {
            assertThat(out.readLine()).isEqualTo("READY");
        }
        Files.createFile(go);
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(outputs.get(i).readLine());
        }
        Files.createFile(stop);
        for (Process terminal : terminals) {
            assertThat(terminal.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(terminal.exitValue()).isZero();
        }

        assertThat(results).filteredOn(r -> r.startsWith("BOOKED ")).hasSize(1);
        assertThat(results).filteredOn(r -> r.equals("REFUSED booking.refused.justTaken")).hasSize(1);
        try (TestSite site = TestSite.open(root, new org.madang.core.site.Terminal("checker"))) {
            assertThat(site.count("SELECT COUNT(*) FROM booking WHERE slot_id = " + slotId)).isEqualTo(1);
            assertThat(site.facilities().slot(slotId).orElseThrow().booked()).isEqualTo(1);
            assertThat(site.events().verify().intact()).isTrue();
        }
    }
}
