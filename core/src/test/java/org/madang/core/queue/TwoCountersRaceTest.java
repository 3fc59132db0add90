package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.testing.TestSite;

/** Two counter processes on one site database call from one line at once: every ticket is called exactly once. */
class TwoCountersRaceTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoCountersInTwoProcessesCallEachTicketOnce() throws Exception {
        Path root = TestSite.tempRoot();
        try (TestSite site = TestSite.empty(root).staff("clerk-1", "clerk-2")) {
            site.execute("INSERT INTO queue_service (id, code, prefix, name_ko, name_en, minutes_per_ticket) VALUES "
                    + "(1, 'civil', 'A', '민원 업무', 'Civil affairs', 5)");
            // today as the counters' own clocks see it
            TicketQueue kiosk = new TicketQueue(site.database.jdbi(), site.events(), java.time.Clock.systemDefaultZone(),
                    new org.madang.core.site.Terminal("kiosk-1"));
            for (int i = 0; i < 40; i++) {
                kiosk.take(1, i % 7 == 0 ? PriorityReason.PREGNANCY : null);
            }
        }
        Path go = root.resolve("go");
        Path stop = root.resolve("stop");
        List<Process> counters = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // the child opens the same site: on PostgreSQL, through this test's server
            command.addAll(org.madang.core.testing.TestEngines.childJvmOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), RaceCaller.class.getName(),
                    root.toString(), "counter-" + i, Integer.toString(i), "1", go.toString(), stop.toString()));
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            counters.add(p);
            outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader out : outputs) {
            assertThat(out.readLine()).isEqualTo("READY");
        }
        Files.createFile(go);
        List<String> called = new ArrayList<>();
        for (BufferedReader out : outputs) {
            for (String line = out.readLine(); line != null && !line.equals("DONE"); line = out.readLine()) {
                called.add(line);
            }
        }
        Files.createFile(stop);
        for (Process counter : counters) {
            assertThat(counter.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(counter.exitValue()).isZero();
        }
        assertThat(called).hasSize(40).doesNotHaveDuplicates();
        try (TestSite site = TestSite.open(root, new org.madang.core.site.Terminal("checker"))) {
            assertThat(site.count("SELECT COUNT(*) FROM queue_call")).isEqualTo(40);
            assertThat(site.count("SELECT COUNT(*) FROM queue_ticket WHERE status = 'DONE'")).isEqualTo(40);
            assertThat(site.events().verify().intact()).isTrue();
        }
    }
}
