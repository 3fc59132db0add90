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
            assertThat(log.verify()).isEqualTo(new EventLog.ChainCheck(2, java.util.Optional.empty(), java.util.Optional.empty()));

            site.database.jdbi().useHandle(h -> h.execute("UPDATE event_log SET payload = '{\"n\":3}' WHERE id = ?", second.id()));
            assertThat(log.verify().firstBrokenId()).contains(second.id());
            assertThat(log.verify().damage()).contains(EventLog.Damage.EDITED);
        }
    }

    /**
     * A terminal holding another audit key than the database's (a keys/ folder not shared, a county
     * made again under a running terminal) writes nothing: its events would break the chain for all.
     */
    @Test
    void aLogWithAnotherKeyAppendsNothingAfterTheDatabasesEvents() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            site.events().append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:a", "clerk:a", Map.of()));
            EventLog foreign = new EventLog(site.database.jdbi(), java.time.Clock.systemUTC(), new org.madang.core.site.Terminal("kiosk-other"),
                    org.madang.core.site.SiteKeys.fixed((byte) 99).auditKey());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> foreign.append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:b",
                            "clerk:b", Map.of())))
                    .isInstanceOf(EventLog.ForeignChain.class).hasMessageContaining("does not check with this terminal's keys/audit.key");
            assertThat(site.events().latestId()).isEqualTo(1);
            assertThat(site.events().verify().intact()).isTrue();
            // the database's own terminals go on
            site.events().append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:c", "clerk:c", Map.of()));
            assertThat(site.events().verify().intactRows()).isEqualTo(2);
        }
    }

    /** Six events, each signed in by a different clerk. */
    private static java.util.List<Event> six(EventLog log) {
        java.util.List<Event> all = new java.util.ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            all.add(log.append(new EventDraft(EventType.CLERK_SIGNED_IN, "clerk:c" + n, "clerk:c" + n, Map.of("n", n))));
        }
        return all;
    }

    @Test
    void aRemovedATruncatedAndAReorderedChainAreEachNamedAtTheirFirstBadEvent() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            EventLog log = site.events();
            six(log);
            var jdbi = site.database.jdbi();
            // the newest event deleted: the head row still names it
            jdbi.useHandle(h -> h.execute("DELETE FROM event_log WHERE id = 6"));
            assertThat(log.verify()).isEqualTo(new EventLog.ChainCheck(5, java.util.Optional.of(6L), java.util.Optional.of(EventLog.Damage.TRUNCATED)));
            // one from the middle deleted
            jdbi.useHandle(h -> h.execute("DELETE FROM event_log WHERE id = 3"));
            assertThat(log.verify().damage()).contains(EventLog.Damage.REMOVED);
            assertThat(log.verify().firstBrokenId()).contains(3L);
        }
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            EventLog log = site.events();
            six(log);
            // two events swapped in place: each row's content now stands at the other's id
            site.database.jdbi().useHandle(h -> {
                h.execute("UPDATE event_log SET id = 100 WHERE id = 3");
                h.execute("UPDATE event_log SET id = 3 WHERE id = 4");
                h.execute("UPDATE event_log SET id = 4 WHERE id = 100");
            });
            assertThat(log.verify()).isEqualTo(new EventLog.ChainCheck(2, java.util.Optional.of(3L), java.util.Optional.of(EventLog.Damage.REORDERED)));
        }
    }

    @Test
    void aChainRewrittenWithoutTheKeyOrRolledBackBehindACheckpointIsFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path logs)
            throws Exception {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            EventLog log = site.events();
            java.util.List<Event> events = six(log);
            assertThat(log.head().keep(logs)).isTrue();
            assertThat(log.head().keep(logs)).as("the same head is kept once").isFalse();
            java.util.List<ChainCheckpoint> kept = ChainCheckpoint.read(logs);
            assertThat(kept).singleElement().satisfies(c -> assertThat(c.lastId()).isEqualTo(6));
            assertThat(log.verify(kept).intact()).isTrue();

            // the last two events deleted and the head row set back, as a restored older copy would be: only the checkpoint knows
            Event fourth = events.get(3);
            site.database.jdbi().useHandle(h -> {
                h.execute("DELETE FROM event_log WHERE id > 4");
                h.execute("UPDATE event_head SET last_id = 4, last_hash = ? WHERE id = 1", fourth.hash());
            });
            assertThat(log.verify().intact()).as("the database alone looks whole").isTrue();
            assertThat(log.verify(kept)).isEqualTo(new EventLog.ChainCheck(4, java.util.Optional.of(5L),
                    java.util.Optional.of(EventLog.Damage.TRUNCATED)));

            // an event rewritten with a hash made without the key (plain SHA-256 over the same fields) does not check
            site.database.jdbi().useHandle(h -> h.execute("UPDATE event_log SET actor = 'clerk:someone', hash = ? WHERE id = 4",
                    "ab".repeat(32)));
            assertThat(log.verify().damage()).contains(EventLog.Damage.EDITED);
        }
    }

    @Test
    void aSiteChainedBeforeTheKeyKeepsItsOldEventsCheckedAsTheyWere() {
        try (TestSite site = TestSite.empty(TestSite.tempRoot())) {
            EventLog log = site.events();
            // as a site upgraded from before the key: its events so far unkeyed, the key from the next one on
            site.database.jdbi().useHandle(h -> h.execute("UPDATE event_head SET keyed_from = 4 WHERE id = 1"));
            six(log);
            assertThat(log.verify().intact()).isTrue();
            EventLog otherKey = new EventLog(site.database.jdbi(), site.clock, site.terminal,
                    org.madang.core.site.SiteKeys.fixed((byte) 9).auditKey());
            assertThat(otherKey.verify()).as("another site's key does not check the keyed events")
                    .isEqualTo(new EventLog.ChainCheck(3, java.util.Optional.of(4L), java.util.Optional.of(EventLog.Damage.EDITED)));
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
