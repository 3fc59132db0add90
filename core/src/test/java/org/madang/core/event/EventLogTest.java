package org.madang.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

class EventLogTest {

    @Test
    void chainsEachEventToTheOneBeforeAndDetectsAnAlteredRow() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            EventLog log = site.events();
            Event first = log.append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:a", "clerk:a", Map.of()));
            Event second = log.append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:b", "clerk:b", Map.of("n", 2)));

            assertThat(first.prevHash()).isEqualTo("0".repeat(64));
            assertThat(second.prevHash()).isEqualTo(first.hash());
            assertThat(second.id()).isEqualTo(first.id() + 1);
            assertThat(log.verify()).isEqualTo(new EventLog.ChainCheck(2, java.util.Optional.empty()));

            site.database.jdbi().useHandle(h -> h.execute("UPDATE event_log SET payload = '{\"n\":3}' WHERE id = ?", second.id()));
            assertThat(log.verify().firstBrokenId()).contains(second.id());
        }
    }

    @Test
    void aFollowerSeesOnlyWhatCameAfterItStarted() throws InterruptedException {
        try (TestSite site = TestSite.empty(TestSite.tempRoot());
             EventFollower follower = new EventFollower(site.events(), java.time.Duration.ofMillis(20))) {
            EventLog log = site.events();
            log.append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:a", "clerk:a", Map.of()));
            java.util.concurrent.BlockingQueue<Event> seen = new java.util.concurrent.LinkedBlockingQueue<>();
            follower.start(log.latestId(), seen::addAll);
            Event later = log.append(new EventDraft(EventType.BOOKING_CREATED, "booking:1", "resident:1", Map.of()));

            Event received = seen.poll(10, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(received).isEqualTo(later);
            assertThat(seen).isEmpty();
        }
    }
}
