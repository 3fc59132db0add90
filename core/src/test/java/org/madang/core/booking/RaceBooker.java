package org.madang.core.booking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.madang.core.event.EventLog;
import org.madang.core.facility.FacilityStore;
import org.madang.core.resident.ResidentStore;
import org.madang.core.resident.RrnCipher;
import org.madang.core.site.SiteKeys;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SiteDatabase;

/**
 * One terminal of the two-process race: opens the shared site, says READY, waits for the
 * start signal (a file appearing), books, prints the outcome on one line, and stays connected
 * until the stop signal (the other file), so neither terminal leaves while the other books.
 * Arguments: site dir, terminal id, slot id, resident id, start file, stop file, clock instant.
 */
public final class RaceBooker {
    private RaceBooker() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Terminal terminal = new Terminal(args[1]);
        long slot = Long.parseLong(args[2]);
        long resident = Long.parseLong(args[3]);
        Path go = Path.of(args[4]);
        Path stop = Path.of(args[5]);
        Clock clock = Clock.fixed(Instant.parse(args[6]), ZoneId.of("Asia/Seoul"));
        SiteKeys keys = SiteKeys.loadOrCreate(site.resolve("keys"), new SecureRandom());
        try (SiteDatabase db = org.madang.core.testing.TestEngines.open(site, site.resolve("data").resolve("madang"),
                keys.databasePassword())) {
            FacilityStore facilities = new FacilityStore(db.jdbi());
            ResidentStore residents = new ResidentStore(db.jdbi(), new RrnCipher(keys, new SecureRandom()));
            BookingService bookings = new BookingService(db.jdbi(), new EventLog(db.jdbi(), clock, terminal, keys.auditKey()), facilities,
                    residents, BookingRules.DEFAULTS, clock, terminal);
            facilities.slot(slot).orElseThrow();
            System.out.println("READY");
            System.out.flush();
            if (!awaitFile(go)) {
                System.out.println("TIMEOUT");
                return;
            }
            BookingOutcome outcome = bookings.book(new BookingRequest(slot, resident, 1, Channel.KIOSK));
            if (outcome instanceof BookingOutcome.Booked b) {
                System.out.println("BOOKED " + b.booking().number());
            } else if (outcome instanceof BookingOutcome.Refused r) {
                System.out.println("REFUSED " + r.refusal().messageKey());
            }
            System.out.flush();
            awaitFile(stop);
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
