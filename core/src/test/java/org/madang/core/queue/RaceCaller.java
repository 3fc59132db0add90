package org.madang.core.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.madang.core.event.EventLog;
import org.madang.core.site.SiteKeys;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;

/**
 * One counter of the two-process queue race: opens the shared site, says READY, waits for the
 * start signal (a file appearing), then calls and finishes tickets until nobody waits, printing
 * each label it called on a line of its own and DONE at the end; it stays connected until the
 * stop file appears, so neither counter leaves while the other calls (the first to open the
 * database hosts it for the other). Arguments: site dir, terminal id, desk number, service id,
 * start file, stop file.
 */
public final class RaceCaller {
    private RaceCaller() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Terminal terminal = new Terminal(args[1]);
        CounterQueue.Desk desk = new CounterQueue.Desk(args[1], Integer.parseInt(args[2]), List.of(Long.parseLong(args[3])));
        Path go = Path.of(args[4]);
        Clock clock = Clock.systemDefaultZone();
        SiteKeys keys = SiteKeys.loadOrCreate(site.resolve("keys"), new SecureRandom());
        try (SiteDatabase db = org.madang.core.testing.TestEngines.open(site, site.resolve("data").resolve("madang"),
                keys.databasePassword())) {
            CounterQueue queue = new CounterQueue(db.jdbi(), new EventLog(db.jdbi(), clock, terminal, keys.auditKey()), QueuePolicy.DEFAULTS, clock, terminal.site());
            System.out.println("READY");
            System.out.flush();
            if (!awaitFile(go)) {
                System.out.println("TIMEOUT");
                return;
            }
            while (queue.callNext(desk, "clerk-" + args[2]) instanceof CallOutcome.Called called) {
                System.out.println(called.ticket().label());
                queue.finish(called.ticket().id(), TicketOutcome.SERVED, desk, "clerk-" + args[2]);
            }
            System.out.println("DONE");
            System.out.flush();
            awaitFile(Path.of(args[5]));
        }
    }

    private static boolean awaitFile(Path file) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
