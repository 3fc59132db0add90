package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.core.queue.TicketQueue;

/** A counter desk calls what an administrator set for its number, from its next call, without a restart; else what site.yaml names. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CounterDeskTest {

    @Test
    void theDeskFollowsTheSettingsAndFallsBackToItsSiteFile(@TempDir Path site) {
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        try (SiteRuntime runtime = SiteRuntime.open(site, List.of("terminal.id=counter-2", "counter.number=2", "counter.services=civil,welfare"),
                Map.of())) {
            TicketQueue tickets = runtime.queue(runtime.events());
            QueueServiceDesk settings = new QueueServiceDesk(runtime.database.jdbi(), runtime.events());
            Supplier<CounterQueue.Desk> desk = CounterAssembly.desk(runtime, tickets, settings);
            Map<String, Long> ids = new java.util.HashMap<>();
            tickets.lines().forEach(l -> ids.put(l.code(), l.id()));
            assertThat(desk.get().number()).isEqualTo(2);
            assertThat(desk.get().lineIds()).containsExactlyInAnyOrder(ids.get("civil"), ids.get("welfare"));

            assertThat(settings.setDesk(2, List.of(ids.get("payment")), DemoSeeder.DEMO_ADMIN_LOGIN)).isEmpty();
            assertThat(desk.get().lineIds()).containsExactly(ids.get("payment"));
            // another desk's setting is not this one's
            assertThat(settings.setDesk(1, List.of(ids.get("courses")), DemoSeeder.DEMO_ADMIN_LOGIN)).isEmpty();
            assertThat(desk.get().lineIds()).containsExactly(ids.get("payment"));

            assertThat(settings.setDesk(2, List.of(), DemoSeeder.DEMO_ADMIN_LOGIN)).isEmpty();
            assertThat(desk.get().lineIds()).containsExactlyInAnyOrder(ids.get("civil"), ids.get("welfare"));
            assertThat(tickets.lines()).extracting(QueueLine::code).contains("payment");
        }
    }
}
